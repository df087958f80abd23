package rectify.supervision;

/** Sends one delivery over one channel; throws when the channel refused or could not be reached. */
interface ChannelSender {

    /** The channels this sender serves. */
    java.util.Set<Channel> channels();

    void send(Delivery delivery) throws Exception;

    /** Whether the channel is set up at all (e-mail is off until an SMTP server is configured). */
    default boolean available() {
        return true;
    }

    /** One message waiting to go out: an e-mail address or a robot's URL, and what to say. */
    record Delivery(long id, Channel channel, String target, String secret, String subject, String body) {
    }
}
