// MastertradeVerify: the .NET route to check a Mastertrade-Signature (RSA-2048, PKCS#1 v1.5, SHA-256) when
// WinDev's CertificateCheckString cannot check a raw signature with a bare public key on your version.
//
// Build it as a class library for .NET Framework 4.6.2 or later (or .NET 6+), e.g.
//     csc /target:library /out:MastertradeVerify.dll MastertradeVerify.cs
// then add MastertradeVerify.dll to the WinDev project (".NET assemblies" in the project's list of
// elements) and call the static method from WLanguage; byte[] parameters take WLanguage Buffers:
//     bOK is boolean = MastertradeVerify.VerifyPem(bufBody, bufSignature, sPem)      // [CONFIRM] syntax
// Test it with docs/windev/testvectors/vectors.json before shipping.

using System;
using System.Security.Cryptography;

public static class MastertradeVerify
{
    // The layout of every RSA-2048 / e=65537 SubjectPublicKeyInfo (the server's keys): 294 bytes, the
    // modulus at offset 33 (256 bytes), the exponent 01 00 01 in the last three bytes.
    private const int SpkiLength = 294;
    private const int ModulusOffset = 33;

    /// <summary>True when signature is the RSA-SHA256 PKCS#1 v1.5 signature of data by the PEM public key.</summary>
    public static bool VerifyPem(byte[] data, byte[] signature, string publicKeyPem)
    {
        string base64 = publicKeyPem.Replace("-----BEGIN PUBLIC KEY-----", "")
            .Replace("-----END PUBLIC KEY-----", "").Replace("\r", "").Replace("\n", "").Trim();
        byte[] spki = Convert.FromBase64String(base64);
        if (spki.Length != SpkiLength || spki[SpkiLength - 3] != 1 || spki[SpkiLength - 2] != 0 || spki[SpkiLength - 1] != 1)
        {
            return false; // not an RSA-2048 key with exponent 65537
        }
        byte[] modulus = new byte[256];
        Array.Copy(spki, ModulusOffset, modulus, 0, 256);
        return Verify(data, signature, modulus, new byte[] { 1, 0, 1 });
    }

    /// <summary>The same check with the key's modulus and exponent (big-endian bytes).</summary>
    public static bool Verify(byte[] data, byte[] signature, byte[] modulus, byte[] exponent)
    {
        using (RSA rsa = RSA.Create())
        {
            rsa.ImportParameters(new RSAParameters { Modulus = modulus, Exponent = exponent });
            return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
    }
}
