package fazhi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node in this JVM for the project's tests and benchmarks.
 *
 * <p>Usage: {@code java -cp ... fazhi.TestNode HOME_DIR [HTTP_PORT]}. Data and logs live under
 * HOME_DIR; HTTP and transport listen on 127.0.0.1 only (HTTP on HTTP_PORT, or a free port when
 * it is 0 or absent). Once the node has started, the URL is written to HOME_DIR/url (the start
 * script waits for that file, then for cluster health). No security plugin is loaded.
 */
public final class TestNode {

    /** Lucene's smartcn word segmenter as the {@code smartcn_tokenizer} that OpenSearch's
     * analysis-smartcn plugin would register (that plugin is not published to Maven). */
    public static final class SmartChinesePlugin extends Plugin implements AnalysisPlugin {
        @Override
        public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
            return Map.of(
                "smartcn_tokenizer",
                (indexSettings, environment, name, settings) ->
                    TokenizerFactory.newFactory(name, HMMChineseTokenizer::new));
        }
    }

    private TestNode() {}

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: TestNode HOME_DIR [HTTP_PORT]");
            System.exit(2);
        }
        Path home = Paths.get(args[0]).toAbsolutePath();
        int httpPort = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        if (httpPort == 0) {
            httpPort = freePort();
        }
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Files.deleteIfExists(home.resolve("url"));

        Settings settings = Settings.builder()
            .put("cluster.name", "fazhi-test")
            .put("node.name", "fazhi-test-node")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", freePort())
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            .put("discovery.type", "single-node")
            // A test node on a shared disk: never turn indices read-only for free space.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("logger.level", "WARN")
            .build();
        LogConfigurator.configureWithoutConfig(settings);

        Environment environment =
            InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "fazhi-test-node");
        Collection<Class<? extends Plugin>> plugins =
            List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, SmartChinesePlugin.class);
        // Node's plugin-class constructor is protected (OpenSearch's own MockNode subclasses it).
        Node node = new Node(environment, plugins, true) {};
        node.start();

        String url = "http://127.0.0.1:" + httpPort + "/";
        Path tmp = home.resolve("url.tmp");
        Files.write(tmp, (url + "\n").getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, home.resolve("url"), StandardCopyOption.ATOMIC_MOVE);
        System.out.println(url);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (IOException e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
