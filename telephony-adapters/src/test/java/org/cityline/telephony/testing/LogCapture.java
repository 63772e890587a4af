package org.cityline.telephony.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Captures everything logged (at every level down to TRACE, from every logger) while open, to
 * search it for what must never be logged. Close it to detach.
 */
public final class LogCapture implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Map<Logger, Level> previous = new HashMap<>();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  /**
   * Every logger with a level of its own (logback-test.xml's) is set to TRACE too, then restored.
   */
  public LogCapture() {
    appender.start();
    root.addAppender(appender);
    for (Logger logger : root.getLoggerContext().getLoggerList()) {
      if (logger.getLevel() != null) {
        previous.put(logger, logger.getLevel());
        logger.setLevel(Level.TRACE);
      }
    }
  }

  /** Every line logged so far: the formatted message, its arguments and any stack trace. */
  public List<String> lines() {
    synchronized (appender) {
      return appender.list.stream().map(LogCapture::render).toList();
    }
  }

  /** Everything logged so far as one text. */
  public String text() {
    return String.join("\n", lines());
  }

  private static String render(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ');
    line.append(event.getFormattedMessage());
    if (event.getThrowableProxy() != null) {
      line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
    }
    return line.toString();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    previous.forEach(Logger::setLevel);
  }
}
