package com.shopmate.local;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One whole platform for every end-to-end test class of the test run: the first class that asks for a
 * {@link RunningStack} (a parameter of its {@code @BeforeAll} or tests) starts it, and JUnit closes it after the
 * last class, from the root context's store. Starting it is most of a minute of CI: once, not once per class.
 */
final class SharedStack implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningStack.class;
    }

    // A stack that failed to start fails every class that asks, at once: the store keeps the failure too.
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunningStack.class,
                key -> LocalStack.start(StackOptions.forTests()), RunningStack.class);
    }
}
