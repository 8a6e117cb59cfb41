// Mock of OpenSSL's <openssl/types.h> (3.0): the opaque types.
#pragma once

#ifdef  __cplusplus
extern "C" {
#endif

typedef struct bio_st BIO;
typedef struct x509_st X509;
typedef struct x509_store_ctx_st X509_STORE_CTX;
typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;

#ifdef  __cplusplus
}
#endif
