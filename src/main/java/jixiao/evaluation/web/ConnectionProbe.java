package jixiao.evaluation.web;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Whether the client of a response still listens, asked of Tomcat (the embedded container) by writing an interim
 * {@code 103 Early Hints} and flushing it to the socket. Tomcat 10.1 can send early hints ({@code
 * ResponseFacade.sendEarlyHints()}) but leaves them in its buffer, and the servlet API has neither; so the flush goes
 * to the connection's socket wrapper, reached by reflection. Where any of it is not there (another container, another
 * version), there is no probe, and the time limit alone bounds the generation.
 */
final class ConnectionProbe {

    private final Object facade;
    private final Method earlyHints;
    private final Object processor;
    private final Method socketWrapper;

    private ConnectionProbe(Object facade, Method earlyHints, Object processor, Method socketWrapper) {
        this.facade = facade;
        this.earlyHints = earlyHints;
        this.processor = processor;
        this.socketWrapper = socketWrapper;
    }

    static Optional<ConnectionProbe> of(ServletResponse response) {
        ServletResponse unwrapped = response;
        while (unwrapped instanceof ServletResponseWrapper wrapper) {
            unwrapped = wrapper.getResponse();
        }
        try {
            Method earlyHints = unwrapped.getClass().getMethod("sendEarlyHints");
            Object connector = field(unwrapped, "response");
            Object coyote = connector.getClass().getMethod("getCoyoteResponse").invoke(connector);
            Object processor = field(coyote, "hook");
            Method socketWrapper = method(processor.getClass(), "getSocketWrapper");
            return Optional.of(new ConnectionProbe(unwrapped, earlyHints, processor, socketWrapper));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Sends a {@code 103} and flushes it; false when that fails (the connection is closed). */
    boolean alive() {
        try {
            earlyHints.invoke(facade);
            Object socket = socketWrapper.invoke(processor);
            if (socket == null) {
                return false;
            }
            socket.getClass().getMethod("flush", boolean.class).invoke(socket, true);
            return !(Boolean) socket.getClass().getMethod("isClosed").invoke(socket);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            try {
                Method method = t.getDeclaredMethod(name);
                method.setAccessible(true);
                return method;
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        throw new NoSuchMethodException(name);
    }
}
