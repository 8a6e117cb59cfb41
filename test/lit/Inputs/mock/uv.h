// Mock of the libuv API shapes stallcheck's catalogue describes.
#pragma once
#ifdef __cplusplus
extern "C" {
#endif
typedef struct uv_loop_s uv_loop_t;
typedef struct uv_timer_s { void *data; } uv_timer_t;
typedef struct uv_work_s { void *data; } uv_work_t;
typedef void (*uv_timer_cb)(uv_timer_t *handle);
typedef void (*uv_work_cb)(uv_work_t *req);
typedef void (*uv_after_work_cb)(uv_work_t *req, int status);
uv_loop_t *uv_default_loop(void);
int uv_timer_init(uv_loop_t *loop, uv_timer_t *handle);
int uv_timer_start(uv_timer_t *handle, uv_timer_cb cb, unsigned long long timeout,
                   unsigned long long repeat);
int uv_queue_work(uv_loop_t *loop, uv_work_t *req, uv_work_cb work_cb,
                  uv_after_work_cb after_work_cb);
int uv_run(uv_loop_t *loop, int mode);
typedef struct uv_fs_s { void *data; long result; } uv_fs_t;
typedef struct uv_buf_t { char *base; unsigned long len; } uv_buf_t;
typedef int uv_file;
typedef void (*uv_fs_cb)(uv_fs_t *req);
uv_buf_t uv_buf_init(char *base, unsigned int len);
int uv_fs_open(uv_loop_t *loop, uv_fs_t *req, const char *path, int flags,
               int mode, uv_fs_cb cb);
int uv_fs_read(uv_loop_t *loop, uv_fs_t *req, uv_file file,
               const uv_buf_t bufs[], unsigned int nbufs, long long offset,
               uv_fs_cb cb);
#ifdef __cplusplus
}
#endif
