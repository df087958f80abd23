package rectify.rectification;

/**
 * What the lifecycle knows about a problem (its requests, decisions, earlier cycles and the actions open to the
 * caller), shown on the problem's page and in its API answer. Provided by the closure module, which depends on this
 * one; the problem's view only asks.
 */
public interface LifecycleFacts {

    Object describe(long problemId);
}
