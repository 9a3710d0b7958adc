/*
 * A slow disk for tests, without root: preloaded into a real `rapport bus`
 * (LD_PRELOAD), it makes fdatasync and fsync of matching files take longer.
 *
 *   SLOW_SYNC_MS     milliseconds added to each matching sync (unset or 0: none)
 *   SLOW_SYNC_MATCH  only files whose path contains this text (unset: every file)
 *
 * The sync itself still happens, after the delay, so nothing about durability
 * changes: the bus only sees a disk that takes its time.
 * Build: cc -shared -fPIC -O2 -o slow-sync.so slow-sync.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void delay_if_matching(int fd) {
    const char *ms_text = getenv("SLOW_SYNC_MS");
    long ms = ms_text ? strtol(ms_text, NULL, 10) : 0;
    if (ms <= 0) return;
    const char *match = getenv("SLOW_SYNC_MATCH");
    if (match && *match) {
        char link[64], path[4096];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t n = readlink(link, path, sizeof path - 1);
        if (n < 0) return;
        path[n] = '\0';
        if (!strstr(path, match)) return;
    }
    struct timespec left = { ms / 1000, (ms % 1000) * 1000000L };
    int saved = errno;
    while (nanosleep(&left, &left) != 0 && errno == EINTR) {}
    errno = saved;
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    delay_if_matching(fd);
    return real(fd);
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    delay_if_matching(fd);
    return real(fd);
}
