package org.dialogues.schedule;

/** Sends mail; throws {@link MailException} when the message could not be handed over. */
public interface Mailer {

    void send(OutgoingMail mail) throws MailException;

    /** The message was not accepted by the server (or the server could not be reached). */
    final class MailException extends Exception {
        public MailException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
