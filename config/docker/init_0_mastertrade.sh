#!/bin/bash
# Sourced by the Payara image's entrypoint before its init_1_generate_deploy_commands.sh (which copies
# $POSTBOOT_COMMANDS and appends the deploy of $DEPLOY_DIR/mastertrade.ear): renders Mastertrade's domain
# resources from the MT_* environment into the post-boot command file. Being sourced, it sets no shell options.
#
# A restarted (not recreated) container still has the resources from its first start: their create-*
# commands then fail harmlessly in the log, and the application is deployed as usual.

# The management listener (/metrics, 127.0.0.1 only) on port 8085: see domain.asadmin, "HTTP edge".
if ! "${CONFIG_DIR}/mastertrade/render-asadmin.sh" postboot "${CONFIG_DIR}/mastertrade/domain.asadmin" \
        MANAGEMENT_PORT=8085 > "${POSTBOOT_COMMANDS}"; then
    echo "[mastertrade] cannot render the domain configuration: check the MT_* variables" >&2
    exit 1
fi
echo "[mastertrade] domain resources for ${MT_DB_URL} written to ${POSTBOOT_COMMANDS}"

# MT_HEAP (e.g. 1g) fixes the heap; without it the image sizes it from the container (MaxRAMPercentage).
if [ -n "${MT_HEAP:-}" ]; then
    export JVM_ARGS="${JVM_ARGS:-} -Xmx${MT_HEAP}"
fi

# See config/domain-local.asadmin: without it, each JWT check scans the class loader for a JSON-P provider.
export JVM_ARGS="${JVM_ARGS:-} -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl"
