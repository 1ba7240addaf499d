package org.dialogues.review;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.rendering.template.JavalinThymeleaf;
import org.dialogues.curation.CurationException;
import org.dialogues.curation.StaleFactException;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The archivists' review workbench: a web application on the program's own database. Server-rendered
 * pages (Thymeleaf templates in {@code review/templates}), one small script for keyboard shortcuts;
 * every change goes through the curation service, one transaction each.
 */
public final class ReviewServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewServer.class);

    private final Javalin app;
    private final String host;

    private ReviewServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts serving; returns once the port is open. */
    public static ReviewServer start(DSLContext dsl, Clock clock, ReviewSettings settings) {
        return start(dsl, clock, settings, SignIn.Limits.defaults());
    }

    static ReviewServer start(DSLContext dsl, Clock clock, ReviewSettings settings, SignIn.Limits limits) {
        Tokens tokens = new Tokens();
        Sessions sessions = new Sessions(dsl, clock, tokens);
        Security security = new Security(sessions);
        LoginPage login = new LoginPage(new SignIn(dsl, clock, limits), sessions, tokens);
        FactQueries facts = new FactQueries(dsl);
        Pages pages = new Pages(new QueueQueries(dsl), facts, new Mentions(dsl));
        Changes changes = new Changes(dsl, facts);

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.fileRenderer(new JavalinThymeleaf(templates()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/review/static";
                files.location = Location.CLASSPATH;
            });
        });
        app.before(security::before);
        app.get("/login", login::show);
        app.post("/login", login::submit);
        app.post("/logout", login::logout);
        app.get("/", pages::queue);
        app.get("/articles/{id}", pages::article);
        app.get("/meetings/{id}", pages::meeting);
        changes.routes(app);
        app.exception(HttpProblem.class, (e, ctx) -> Pages.problem(ctx, e.status(), e.getMessage(), back(ctx)));
        // Refused by the curation service: nothing was stored; a stale version means someone else changed the fact.
        app.exception(StaleFactException.class, (e, ctx) -> Pages.problem(ctx, 409, e.getMessage(), back(ctx)));
        app.exception(CurationException.class, (e, ctx) -> Pages.problem(ctx, 400, e.getMessage(), back(ctx)));
        app.exception(Exception.class, (e, ctx) -> {
            // The stack goes to the log, never to the page; form values are not logged (they may hold a password).
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            Pages.problem(ctx, 500, "Something went wrong on the server; nothing was changed. The log has the details.", "/");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Not Found")) {
                Security.headers(ctx);
                Pages.problem(ctx, 404, "There is no page at " + ctx.path() + ".", "/");
            }
        });
        app.start(settings.listen(), settings.port());
        return new ReviewServer(app, settings.listen());
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public URI url() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    @Override
    public void close() {
        app.stop();
    }

    private static TemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReviewServer.class.getClassLoader());
        resolver.setPrefix("review/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** Where a refused form came from, to offer a way back (a path of this site only). */
    private static String back(io.javalin.http.Context ctx) {
        String back = ctx.method() == io.javalin.http.HandlerType.POST ? ctx.formParam("back") : null;
        return Security.localPath(back);
    }
}
