#ifndef RAPPORT_CZEROMQ_SHIM_H
#define RAPPORT_CZEROMQ_SHIM_H
#include <zmq.h>
#endif
