package jakarta.servlet;

/**
 * Servlet 5's deprecated marker interface, removed in Servlet 6. newsgraph's server (Jetty 12)
 * needs the Servlet 6 API, while the Jetty that Spark shades still checks every servlet against
 * this interface when the SparkContext starts its metrics servlet, and fails without it. Only in
 * the spark profile's build; a cluster's own Spark jars carry the same interface.
 */
@Deprecated
public interface SingleThreadModel {
}
