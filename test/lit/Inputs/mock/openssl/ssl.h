// Mock of OpenSSL's <openssl/ssl.h> (3.0). On an SSL attached to a
// blocking socket (SSL_set_fd, a socket BIO) the handshake, reads, writes
// and shutdown wait for the peer; on a non-blocking socket or a memory BIO
// they return SSL_ERROR_WANT_READ/WANT_WRITE instead. Loading
// certificates, keys and CA files reads the disk. Only declarations, as
// ssl.h writes them.
#pragma once

#include <sys/types.h>
#include <stddef.h>
#include <openssl/e_os2.h>
#include <openssl/types.h>

#ifdef  __cplusplus
extern "C" {
#endif

#define X509_FILETYPE_PEM       1
#define X509_FILETYPE_ASN1      2
#define SSL_FILETYPE_ASN1       X509_FILETYPE_ASN1
#define SSL_FILETYPE_PEM        X509_FILETYPE_PEM

typedef struct ssl_method_st SSL_METHOD;

typedef int (*SSL_verify_cb)(int preverify_ok, X509_STORE_CTX *x509_ctx);

#define SSL_VERIFY_NONE                 0x00
#define SSL_VERIFY_PEER                 0x01

#define SSL_ERROR_NONE                  0
#define SSL_ERROR_SSL                   1
#define SSL_ERROR_WANT_READ             2
#define SSL_ERROR_WANT_WRITE            3
#define SSL_ERROR_SYSCALL               5
#define SSL_ERROR_ZERO_RETURN           6

#define SSL_CTRL_SET_TLSEXT_HOSTNAME            55
#define TLSEXT_NAMETYPE_host_name 0
#define SSL_set_tlsext_host_name(s,name) \
        SSL_ctrl(s,SSL_CTRL_SET_TLSEXT_HOSTNAME,TLSEXT_NAMETYPE_host_name,\
                (void *)name)

__owur int SSL_CTX_set_cipher_list(SSL_CTX *, const char *str);
__owur SSL_CTX *SSL_CTX_new(const SSL_METHOD *meth);
void SSL_CTX_free(SSL_CTX *);

__owur int SSL_want(const SSL *s);
__owur int SSL_clear(SSL *s);

__owur int SSL_get_fd(const SSL *s);
__owur int SSL_pending(const SSL *s);
__owur int SSL_has_pending(const SSL *s);
__owur int SSL_set_fd(SSL *s, int fd);
__owur int SSL_set_rfd(SSL *s, int fd);
__owur int SSL_set_wfd(SSL *s, int fd);
void SSL_set_bio(SSL *s, BIO *rbio, BIO *wbio);
void SSL_set_verify(SSL *s, int mode, SSL_verify_cb callback);

__owur int SSL_use_PrivateKey_file(SSL *ssl, const char *file, int type);
__owur int SSL_use_certificate_file(SSL *ssl, const char *file, int type);
__owur int SSL_CTX_use_PrivateKey_file(SSL_CTX *ctx, const char *file,
    int type);
__owur int SSL_CTX_use_certificate_file(SSL_CTX *ctx, const char *file,
    int type);
/* PEM type */
__owur int SSL_CTX_use_certificate_chain_file(SSL_CTX *ctx, const char *file);
__owur int SSL_use_certificate_chain_file(SSL *ssl, const char *file);

void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, SSL_verify_cb callback);
__owur int SSL_CTX_check_private_key(const SSL_CTX *ctx);

SSL *SSL_new(SSL_CTX *ctx);
void SSL_free(SSL *ssl);
__owur int SSL_accept(SSL *ssl);
__owur int SSL_connect(SSL *ssl);
__owur int SSL_read(SSL *ssl, void *buf, int num);
__owur int SSL_read_ex(SSL *ssl, void *buf, size_t num, size_t *readbytes);
__owur int SSL_peek(SSL *ssl, void *buf, int num);
__owur int SSL_peek_ex(SSL *ssl, void *buf, size_t num, size_t *readbytes);
__owur int SSL_write(SSL *ssl, const void *buf, int num);
__owur int SSL_write_ex(SSL *s, const void *buf, size_t num, size_t *written);

long SSL_ctrl(SSL *ssl, int cmd, long larg, void *parg);
long SSL_CTX_ctrl(SSL_CTX *ctx, int cmd, long larg, void *parg);

__owur int SSL_get_error(const SSL *s, int ret_code);

__owur const SSL_METHOD *TLS_method(void);
__owur const SSL_METHOD *TLS_server_method(void);
__owur const SSL_METHOD *TLS_client_method(void);

__owur int SSL_do_handshake(SSL *s);
int SSL_shutdown(SSL *s);

void SSL_set_connect_state(SSL *s);
void SSL_set_accept_state(SSL *s);

__owur int SSL_CTX_set_default_verify_paths(SSL_CTX *ctx);
__owur int SSL_CTX_set_default_verify_dir(SSL_CTX *ctx);
__owur int SSL_CTX_set_default_verify_file(SSL_CTX *ctx);
__owur int SSL_CTX_load_verify_file(SSL_CTX *ctx, const char *CAfile);
__owur int SSL_CTX_load_verify_dir(SSL_CTX *ctx, const char *CApath);
__owur int SSL_CTX_load_verify_locations(SSL_CTX *ctx,
    const char *CAfile,
    const char *CApath);

__owur long SSL_get_verify_result(const SSL *ssl);

#ifdef  __cplusplus
}
#endif
