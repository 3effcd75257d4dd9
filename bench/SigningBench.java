import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Signatures per second of a licence answer (283 bytes), each way the server can sign it (ADR 0008): RSA-2048
 * (SHA256withRSA, PKCS#1 v1.5) and Ed25519, with the JDK, BouncyCastle and Amazon Corretto Crypto Provider, one
 * ready signature per thread as the server's pool keeps them. Run by bench/signing.sh:
 *
 *   java -cp ACCP_JAR:BCPROV_JAR bench/SigningBench.java SECONDS THREADS...
 */
public class SigningBench {

    interface Signer {
        byte[] sign(byte[] body) throws Exception;
    }

    interface SignerMaker {
        Signer make() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        int[] threadCounts =
                Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray();
        byte[] body = ("{\"activations\":{\"max\":3,\"used\":1},\"allowed\":true,\"code\":\"VALID\",\"device_id\":"
                        + "\"mt1-7ada0be294871a4fc054f28d3e51b90124d137463aa59d957b397a81da4840f8\",\"expiry\":"
                        + "\"2027-11-24T08:13:22Z\",\"key\":\"MT-3f0c9a52-7d1e-4b8a-9c2f-5e6d7a8b9c0d\",\"nonce\":"
                        + "\"9f86d081884c7d659a2feaa0c55ad015\",\"valid\":true}")
                .getBytes(StandardCharsets.UTF_8);

        Throwable notLoaded = AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError();
        Provider accp = notLoaded == null ? AmazonCorrettoCryptoProvider.INSTANCE : null;
        System.out.println(
                accp != null
                        ? "ACCP " + accp.getVersionStr() + " ("
                                + AmazonCorrettoCryptoProvider.INSTANCE.getAwsLcVersionStr() + ") loaded"
                        : "ACCP did not load: " + notLoaded);

        KeyPairGenerator rsaGenerator = KeyPairGenerator.getInstance("RSA");
        rsaGenerator.initialize(2048);
        KeyPair rsa = rsaGenerator.generateKeyPair();
        KeyPair ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {
            "RSA-2048 JDK, a new Signature per answer",
            (SignerMaker) () -> b -> {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initSign(rsa.getPrivate());
                s.update(b);
                return s.sign();
            }
        });
        cases.add(new Object[] {
            "RSA-2048 JDK, ready Signature", (SignerMaker) () -> ready("SHA256withRSA", null, rsa.getPrivate())
        });
        if (accp != null) {
            PrivateKey accpRsa =
                    (PrivateKey) KeyFactory.getInstance("RSA", accp).translateKey(rsa.getPrivate());
            cases.add(new Object[] {
                "RSA-2048 ACCP, ready Signature", (SignerMaker) () -> ready("SHA256withRSA", accp, accpRsa)
            });
        }
        cases.add(new Object[] {
            "Ed25519 JDK, ready Signature", (SignerMaker) () -> ready("Ed25519", null, ed25519.getPrivate())
        });
        cases.add(new Object[] {"Ed25519 BouncyCastle", (SignerMaker) () -> bouncyCastle(ed25519.getPrivate())});
        if (accp != null) {
            cases.add(new Object[] {
                "Ed25519 ACCP, ready Signature", (SignerMaker) () -> ready("Ed25519", accp, ed25519.getPrivate())
            });
        }

        System.out.printf("%-42s %8s %14s %16s%n", "signer", "threads", "signatures/s", "per CPU-second");
        for (Object[] c : cases) {
            for (int threads : threadCounts) {
                double[] rate = measure((SignerMaker) c[1], body, threads, seconds);
                System.out.printf("%-42s %8d %,14.0f %,16.0f%n", c[0], threads, rate[0], rate[1]);
            }
        }
        System.out.println(Runtime.getRuntime().availableProcessors() + " cores, " + body.length + "-byte answer, "
                + seconds + " s per measure after a warm-up. Other work on the machine lowers signatures/s; per"
                + " CPU-second much less.");
    }

    /** A Signature made ready once and reused, as the server's SignaturePool does. */
    static Signer ready(String algorithm, Provider provider, PrivateKey key) throws Exception {
        Signature signature =
                provider == null ? Signature.getInstance(algorithm) : Signature.getInstance(algorithm, provider);
        signature.initSign(key);
        return b -> {
            signature.update(b);
            return signature.sign();
        };
    }

    @SuppressWarnings("deprecation") // the call SignatureAlgorithm.ED25519 makes, measured as the server makes it
    static Signer bouncyCastle(PrivateKey key) {
        Ed25519PrivateKeyParameters privateKey = new Ed25519PrivateKeyParameters(
                ((EdECPrivateKey) key).getBytes().orElseThrow());
        Ed25519PublicKeyParameters publicKey = privateKey.generatePublicKey();
        return b -> {
            byte[] signature = new byte[Ed25519PrivateKeyParameters.SIGNATURE_SIZE];
            privateKey.sign(Ed25519.Algorithm.Ed25519, publicKey, null, b, 0, b.length, signature, 0);
            return signature;
        };
    }

    /**
     * Over all threads, each with its own signer and after a warm-up a third as long: signatures per second of
     * wall time, and per second of the signing threads' own CPU time (what one core gives, less sensitive to
     * other work on a shared machine).
     */
    static double[] measure(SignerMaker maker, byte[] body, int threads, double seconds) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<long[]>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Signer signer = maker.make();
                work.add(() -> {
                    long warmUpEnd = System.nanoTime() + (long) (seconds * 1e9 / 3);
                    while (System.nanoTime() < warmUpEnd) {
                        signer.sign(body);
                    }
                    long cpuStart = cpu.getCurrentThreadCpuTime();
                    long end = System.nanoTime() + (long) (seconds * 1e9);
                    long count = 0;
                    while (System.nanoTime() < end) {
                        signer.sign(body);
                        count++;
                    }
                    return new long[] {count, cpu.getCurrentThreadCpuTime() - cpuStart};
                });
            }
            long total = 0;
            long cpuNanos = 0;
            for (Future<long[]> done : pool.invokeAll(work)) {
                total += done.get()[0];
                cpuNanos += done.get()[1];
            }
            return new double[] {total / seconds, total / (cpuNanos / 1e9)};
        } finally {
            pool.shutdownNow();
        }
    }
}
