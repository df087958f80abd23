/**
 * Supervision (跟踪调度、督查督办): deadline warnings turned into a daily reminder digest per person with escalation,
 * in-app notifications, delivery by e-mail and group-robot webhooks with retries, and supervision orders (督办单).
 */
package rectify.supervision;
