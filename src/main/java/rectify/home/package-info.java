/** The landing page of the app shell. */
package rectify.home;
