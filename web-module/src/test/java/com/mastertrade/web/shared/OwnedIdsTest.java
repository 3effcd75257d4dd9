package com.mastertrade.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.mastertrade.web.licensing.LicensesResource;
import com.mastertrade.web.payment.LicenseRenewalResource;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every id in a path of the store API is looked up for its caller before the rest of the call is read. */
class OwnedIdsTest {

    @Test
    void everyNumericPathIdOfTheStoreApiIsOwned() throws IOException, ClassNotFoundException {
        List<String> unchecked = new ArrayList<>();
        int ids = 0;
        for (Class<?> resource : resourceClasses()) {
            for (Method method : resource.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    boolean numericPathId = parameter.isAnnotationPresent(PathParam.class)
                            && (parameter.getType() == long.class || parameter.getType() == Long.class);
                    if (numericPathId) {
                        ids++;
                        if (!parameter.isAnnotationPresent(Owned.class)) {
                            unchecked.add(resource.getSimpleName() + "." + method.getName());
                        }
                    }
                }
            }
        }
        assertThat(ids).as("path ids found").isGreaterThan(20);
        assertThat(unchecked).as("path ids nobody looks up first").isEmpty();
    }

    @Test
    void theFilterFindsTheOwnedIdsOfAMethodByTheirPathName() throws NoSuchMethodException {
        Method renew = LicenseRenewalResource.class.getMethod(
                "renew", long.class, LicenseRenewalResource.Renewal.class, jakarta.ws.rs.core.UriInfo.class);
        assertThat(OwnedIds.ownedIdsOf(renew)).containsExactly(new OwnedIds.OwnedId("id", Owned.Kind.LICENSE));
        Method release = LicensesResource.class.getMethod("release", long.class, String.class);
        assertThat(OwnedIds.ownedIdsOf(release)).containsExactly(new OwnedIds.OwnedId("id", Owned.Kind.LICENSE));
    }

    /** The web module's JAX-RS resources, from its compiled classes. */
    private static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get("target", "classes");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name, false, OwnedIdsTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }
}
