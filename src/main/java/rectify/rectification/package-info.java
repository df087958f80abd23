/**
 * The rectification plan and its progress: measures per problem (一是、二是…), dated progress with evidence, the
 * ledger (问题台账) and each person's tasks.
 */
package rectify.rectification;
