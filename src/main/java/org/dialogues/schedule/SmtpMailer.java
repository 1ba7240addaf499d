package org.dialogues.schedule;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.util.Date;
import java.util.Properties;

/**
 * Sends mail over SMTP with Jakarta Mail (Angus), over TLS unless the settings say {@code tls=none}:
 * STARTTLS is then required (a server that does not offer it gets no login and no mail), or SMTPS.
 * The server's certificate must be valid for its host name.
 */
public final class SmtpMailer implements Mailer {

    private final MailSettings settings;
    private final int timeoutMillis;

    public SmtpMailer(MailSettings settings, int timeoutMillis) {
        this.settings = settings;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void send(OutgoingMail mail) throws MailException {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(settings.from()));
            for (String to : mail.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            }
            message.setSubject(mail.subject(), "UTF-8");
            message.setSentDate(new Date());
            MimeMultipart content = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), "UTF-8");
            content.addBodyPart(text);
            for (OutgoingMail.Attachment file : mail.attachments()) {
                MimeBodyPart attachment = new MimeBodyPart();
                attachment.attachFile(file.file().toFile(), file.mediaType(), null);
                content.addBodyPart(attachment);
            }
            message.setContent(content);
            Transport.send(message);
        } catch (MessagingException | IOException e) {
            throw new MailException("SMTP " + settings.host() + ":" + settings.port() + " did not take the mail: " + oneLine(e), e);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        switch (settings.tls()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SMTPS -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> properties.put("mail.smtp.starttls.enable", "false");
        }
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        if (settings.user().isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        String user = settings.user().get();
        String password = settings.password().orElse("");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
