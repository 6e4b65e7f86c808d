package io.sightline.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.Node;

/**
 * {@code sightline engine}: one OpenSearch node in its own JVM, from the same jars and plugins
 * as the embedded node, so that operators (and the cluster test) can form a multi-node cluster
 * of Sightline's engine on one or several machines without installing OpenSearch. It runs
 * without Quarkus (no database, no web app) until the JVM is told to stop (Ctrl-C, SIGTERM).
 */
public final class StandaloneEngine {

    public static final String USAGE = """
            Usage: sightline engine [options]       run one OpenSearch node of a Sightline cluster
              --cluster-name NAME                   cluster to form or join (default sightline)
              --node-name NAME                      this node's name, unique in the cluster (default: host name)
              --http-port PORT                      REST port Sightline talks to (default 9200)
              --transport-port PORT                 node-to-node port (default 9300)
              --data PATH                           indices and logs (default data/engine/NODE-NAME)
              --bind ADDRESS                        address to listen on (default 127.0.0.1; 0.0.0.0 for all)
              --seed-hosts HOST:PORT,...            transport addresses of other nodes to join
              --initial-cluster-managers NAME,...   node names that elect the first cluster manager
                                                    (only when forming a new cluster; the same list on each)
            Without --seed-hosts and --initial-cluster-managers the node is a cluster of its own.
            """;

    /** The command line, checked. */
    public record Options(String clusterName, String nodeName, int httpPort, int transportPort, Path data,
            String bindHost, List<String> seedHosts, List<String> initialClusterManagers) {

        /** Parses the arguments after {@code engine}; a bad one is an IllegalArgumentException naming it. */
        public static Options parse(List<String> arguments) {
            String clusterName = "sightline";
            String nodeName = null;
            int httpPort = 9200;
            int transportPort = 9300;
            Path data = null;
            String bind = "127.0.0.1";
            List<String> seeds = List.of();
            List<String> managers = List.of();
            for (int i = 0; i < arguments.size(); i++) {
                String option = arguments.get(i);
                if (!option.startsWith("--")) {
                    throw new IllegalArgumentException("Unexpected argument '" + option + "'.");
                }
                if (i + 1 >= arguments.size() || arguments.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException("Option " + option + " needs a value.");
                }
                String value = arguments.get(++i).strip();
                switch (option) {
                    case "--cluster-name" -> clusterName = value;
                    case "--node-name" -> nodeName = value;
                    case "--http-port" -> httpPort = port(option, value);
                    case "--transport-port" -> transportPort = port(option, value);
                    case "--data" -> data = Path.of(value);
                    case "--bind" -> bind = value;
                    case "--seed-hosts" -> seeds = list(value);
                    case "--initial-cluster-managers" -> managers = list(value);
                    default -> throw new IllegalArgumentException("Unknown option " + option + ".");
                }
            }
            if (httpPort == transportPort) {
                throw new IllegalArgumentException("--http-port and --transport-port must differ (both " + httpPort + ").");
            }
            if (nodeName == null) {
                nodeName = hostName();
            }
            if (!managers.isEmpty() && seeds.isEmpty()) {
                throw new IllegalArgumentException(
                        "--initial-cluster-managers needs --seed-hosts: the nodes must be able to find each other.");
            }
            return new Options(clusterName, nodeName, httpPort, transportPort,
                    data != null ? data : Path.of("data", "engine", nodeName), bind, seeds, managers);
        }

        private static int port(String option, String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " must be a port number from 1 to 65535, not '" + value + "'.");
        }

        private static List<String> list(String value) {
            return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
        }

        private static String hostName() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "sightline-engine";
            }
        }

        /** A node on its own forms a one-node cluster; otherwise it discovers the others. */
        boolean alone() {
            return seedHosts.isEmpty() && initialClusterManagers.isEmpty();
        }

        Settings settings() {
            Settings.Builder settings = EngineNode.settings(data.toAbsolutePath(), clusterName, nodeName, bindHost,
                    httpPort, transportPort);
            if (alone()) {
                settings.put("discovery.type", "single-node");
            } else {
                settings.putList("discovery.seed_hosts", seedHosts);
                if (!initialClusterManagers.isEmpty()) {
                    settings.putList("cluster.initial_cluster_manager_nodes", initialClusterManagers);
                }
            }
            return settings.build();
        }
    }

    private StandaloneEngine() {
    }

    /** Runs the node until the JVM is stopped; returns the exit status (2: bad options). */
    public static int run(List<String> arguments) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        Settings settings = options.settings();
        // Without Quarkus around it, OpenSearch's own console logging (log4j) is the node's log.
        LogConfigurator.configureWithoutConfig(settings);
        Node node;
        try {
            node = EngineNode.start(settings);
        } catch (Exception e) {
            System.err.println("The engine node did not start (data in " + options.data().toAbsolutePath()
                    + ", http://" + options.bindHost() + ":" + options.httpPort() + "): " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                System.err.println("The engine node did not close cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "sightline-engine-shutdown"));
        System.out.printf("Sightline engine node %s of cluster %s started: http://%s:%d, transport port %d, data in %s%s%n",
                options.nodeName(), options.clusterName(), options.bindHost(), options.httpPort(),
                options.transportPort(), options.data().toAbsolutePath(),
                options.alone() ? " (single-node cluster)" : ", joining " + options.seedHosts());
        stopped.await();
        return 0;
    }
}
