package com.mastertrade.demo;

import com.mastertrade.catalog.Product;
import com.mastertrade.catalog.Products;
import com.mastertrade.delivery.Release;
import com.mastertrade.delivery.ReleaseChannel;
import com.mastertrade.delivery.ReleaseDescription;
import com.mastertrade.delivery.ReleaseDesk;
import com.mastertrade.delivery.ReleaseVersion;
import com.mastertrade.delivery.Releases;
import com.mastertrade.delivery.storage.BlobKeys;
import com.mastertrade.delivery.storage.BlobStore;
import com.mastertrade.delivery.storage.StoredBlob;
import com.mastertrade.shared.Actor;
import com.mastertrade.shared.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One small real installer per demo product: a zip made at seeding time (a readme in French and English and a
 * Windows script that "installs" it), published and current on the stable channel, so that a sandbox purchase
 * ends with a file on disk.
 */
@Stateless
public class DemoReleases {

    @Inject
    Products products;

    @Inject
    Releases releases;

    @Inject
    ReleaseDesk desk;

    @Inject
    BlobStore blobs;

    /** Gives each demo product without any release its installer; products that have releases are left alone. */
    public void seed(List<String> skus) {
        for (String sku : skus) {
            Product product = products.find(sku).orElseThrow();
            if (releases.ofProduct(product.id()).isEmpty()) {
                publishInstaller(product);
            }
        }
    }

    private void publishInstaller(Product product) {
        String version = product.version() == null ? "1.0.0" : product.version();
        String fileName = product.sku().toLowerCase(Locale.ROOT) + "-" + version + "-setup.zip";
        StoredBlob file;
        try {
            file = blobs.put(
                    BlobKeys.newRelease(TenantContext.require().slug()),
                    new ByteArrayInputStream(installer(product, version)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Release release = desk.createWithFile(
                product.id(),
                new ReleaseDescription(
                        ReleaseVersion.of("version", version),
                        ReleaseDescription.DEFAULT_PLATFORM,
                        ReleaseChannel.STABLE,
                        "Version " + version + " de " + product.name() + " (démo).",
                        false),
                file,
                fileName,
                Actor.SYSTEM);
        desk.publish(release.id(), Actor.SYSTEM);
    }

    /** A zip of a few KB with real content. */
    static byte[] installer(Product product, String version) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            entry(
                    out,
                    "LISEZMOI.txt",
                    product.name() + " " + version + "\r\n\r\n" + product.description()
                            + "\r\n\r\nInstallation : lancez installer.cmd, puis saisissez votre clé de licence (MT-...)"
                            + " au premier démarrage.\r\n\r\nInstallation: run installer.cmd, then enter your licence key"
                            + " (MT-...) at first start.\r\n");
            entry(
                    out,
                    "installer.cmd",
                    "@echo off\r\nset TARGET=%LOCALAPPDATA%\\" + product.sku() + "\r\n"
                            + "mkdir \"%TARGET%\" 2>nul\r\ncopy /Y LISEZMOI.txt \"%TARGET%\" >nul\r\n"
                            + "echo " + product.name() + " " + version + " installe dans %TARGET%\r\n");
            entry(out, "version.txt", version + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
