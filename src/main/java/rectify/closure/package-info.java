/**
 * The lifecycle around the problem aggregate: plan review, closure requests (销号) reviewed level by level,
 * long-term items, reopening, deadline extensions, and each reviewer's inbox.
 */
package rectify.closure;
