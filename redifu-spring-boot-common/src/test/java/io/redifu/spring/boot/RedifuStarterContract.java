package io.redifu.spring.boot;

/**
 * What each redifu starter does, against the machine's real Redis: every starter's test implements
 * this interface, so both Spring Boot lines pass the same tests. The implementation names its
 * line's auto-configurations and health and connection-details types.
 */
public interface RedifuStarterContract
    extends StarterPropertiesContract,
        StarterConnectionContract,
        StarterApplicationContract,
        StarterHealthContract {}
