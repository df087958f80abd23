/**
 * The organisation: the org tree, user accounts and roles, the data scope every module asks, sign-in and tokens.
 */
package rectify.org;
