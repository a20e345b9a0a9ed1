package com.shopmate.cli.stack;

import com.shopmate.local.PlatformServices;
import com.shopmate.local.ServiceSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code --services gateway-service=9080,nlu-service}: the named services in table order, each on its port or the default. */
record ServiceSelection(List<ServiceSpec> services) {

    static final String ALL_MODULES = PlatformServices.ALL.stream().map(ServiceSpec::module)
            .collect(Collectors.joining(","));
    /** {@link #ALL_MODULES} as a constant, which an annotation needs; a test keeps the two equal. */
    static final String ALL_MODULES_IN_HELP = "gateway-service,nlu-service,sentiment-service,dialogue-service,"
            + "order-connector,agent-console,recommendation-service";

    static ServiceSelection parse(String list) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (String item : list.split(",")) {
            String entry = item.trim();
            if (entry.isEmpty()) {
                continue;
            }
            String[] moduleAndPort = entry.split("=", 2);
            String module = moduleAndPort[0].trim();
            if (PlatformServices.ALL.stream().noneMatch(s -> s.module().equals(module))) {
                throw new TypeConversionException("unknown service '" + module + "'; known: "
                        + ALL_MODULES.replace(",", ", "));
            }
            wanted.put(module, moduleAndPort.length == 2 ? new StackOptionsMixin.PortConverter().convert(moduleAndPort[1]) : null);
        }
        List<ServiceSpec> services = new ArrayList<>();
        for (ServiceSpec service : PlatformServices.ALL) {
            if (wanted.containsKey(service.module())) {
                Integer port = wanted.get(service.module());
                services.add(port == null ? service : service.withPort(port));
            }
        }
        return new ServiceSelection(services);
    }

    static final class Converter implements ITypeConverter<ServiceSelection> {
        @Override
        public ServiceSelection convert(String list) {
            return parse(list);
        }
    }
}
