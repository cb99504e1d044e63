#pragma once
// The HTTP/1.1 server: Boost.Beast on Asio C++20 coroutines. Network threads parse and write; handlers
// that touch the database run on a separate worker pool so a slow query never stalls idle or new clients.
#include <cstddef>
#include <string>

#include "http/router.hpp"

namespace zhixie::http {

struct ServerOptions {
    std::string host = "127.0.0.1";
    unsigned short port = 8080;
    int network_threads = 2;
    int worker_threads = 8;
    std::size_t max_body_bytes = 1024 * 1024;
    int idle_timeout_seconds = 60;
    bool trust_proxy = false;
};

// Serves until SIGINT/SIGTERM. Throws on bind failure.
void serve(const Router& router, const ServerOptions& options);

}  // namespace zhixie::http
