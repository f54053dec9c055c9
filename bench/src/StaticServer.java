import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The ceiling for P2: a minimal JDK HttpServer answering every GET with the same bytes and headers the
 * feed-service sends for its cached home feed. args: port file etag [threads]
 */
public class StaticServer {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        String etag = args[2];
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "max-age=30, public");
            exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.start();
        System.out.println("static server on " + port + " serving " + body.length + " bytes");
    }
}
