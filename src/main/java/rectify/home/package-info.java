/** The landing page of the app shell: the workbench of what waits for the person signed in. */
package rectify.home;
