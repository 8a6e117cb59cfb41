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
#ifdef __cplusplus
}
#endif
