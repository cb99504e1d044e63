#include <utility>  // before asio with Boost 1.74 + GCC 12
#include "http/server.hpp"

#include <boost/asio.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include <spdlog/spdlog.h>

#include "core/text.hpp"

namespace zhixie::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

Request to_request(bhttp::request<bhttp::string_body>&& in, const std::string& peer, bool trust_proxy) {
    Request r;
    r.method = std::string(in.method_string());
    r.target = std::string(in.target());
    auto q = r.target.find('?');
    std::string raw_path = r.target.substr(0, q);
    if (!text::url_decode(raw_path, r.path, false) || !text::valid_utf8(r.path) ||
        r.path.find('\0') != std::string::npos)
        r.bad_target = true;
    if (q != std::string::npos && !parse_query(std::string_view(r.target).substr(q + 1), r.query))
        r.bad_target = true;
    for (const auto& f : in.base()) {
        std::string name = text::to_lower_ascii(std::string(f.name_string()));
        auto [it, fresh] = r.headers.emplace(name, std::string(f.value()));
        if (!fresh) it->second += (name == "cookie" ? "; " : ", ") + std::string(f.value());
    }
    r.body = std::move(in.body());
    r.client_ip = peer;
    if (trust_proxy) {
        std::string fwd = r.header("x-forwarded-for");
        if (!fwd.empty()) r.client_ip = text::trim(text::split(fwd, ',').front());
    }
    return r;
}

bhttp::response<bhttp::string_body> to_beast(Response&& res, unsigned version, bool keep_alive) {
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(res.status), version};
    out.set(bhttp::field::server, "zhixie");
    if (!res.content_type.empty()) out.set(bhttp::field::content_type, res.content_type);
    for (auto& [k, v] : res.headers)
        out.insert(k, v);
    out.body() = std::move(res.body);
    out.keep_alive(keep_alive);
    out.prepare_payload();
    return out;
}

Response plain_error(int status, const std::string& code, const nlohmann::json& details) {
    Response r = error_response(AppError(status, code, details), Lang::zh);
    add_security_headers(r);
    return r;
}

// Reads and drops up to `max` bytes, until the client stops sending or the stream's timer ends; how many
// came.
asio::awaitable<std::uint64_t> drop_bytes(beast::tcp_stream& stream, std::uint64_t max) {
    beast::error_code ec;
    std::vector<char> scratch(64 * 1024);
    std::uint64_t dropped = 0;
    while (dropped < max && !ec) {
        const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(max - dropped, scratch.size()));
        dropped += co_await stream.async_read_some(asio::buffer(scratch.data(), want),
                                                   asio::redirect_error(asio::use_awaitable, ec));
    }
    co_return dropped;
}

// After refusing a request whose body is still arriving, stop sending and read what the client still
// sends for a moment, so it sees the answer instead of a connection reset.
asio::awaitable<void> linger(beast::tcp_stream& stream) {
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream.expires_after(std::chrono::seconds(3));
    co_await drop_bytes(stream, 64u * 1024 * 1024);
}

// Reads and drops the `length` body bytes of a refused request (those already in `buffer` first), so the
// client finishes sending and then reads the answer: browsers and fetch() report a connection reset, not the
// 413, when the server closes while they are still uploading. False when the client stalls or goes away.
asio::awaitable<bool> discard_body(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                   std::uint64_t length) {
    const std::uint64_t buffered = std::min<std::uint64_t>(buffer.size(), length);
    buffer.consume(static_cast<std::size_t>(buffered));
    stream.expires_after(std::chrono::seconds(30));
    co_return co_await drop_bytes(stream, length - buffered) == length - buffered;
}

Router::Match match_route(const Router& router, const bhttp::request<bhttp::string_body>& head) {
    const std::string_view target(head.target().data(), head.target().size());
    const std::string_view method(head.method_string().data(), head.method_string().size());
    std::string path;
    if (!text::url_decode(target.substr(0, target.find('?')), path, false)) return {};
    return router.match(method, path);
}

// Bodies up to this size are read to the end before a 413; larger ones are cut off at once.
constexpr std::uint64_t kDiscardableBody = 128ull * 1024 * 1024;

asio::awaitable<void> session(tcp::socket socket, const Router& router, asio::thread_pool& workers,
                              const ServerOptions& opt) {
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    beast::error_code ec;
    std::string peer;
    {
        auto ep = stream.socket().remote_endpoint(ec);
        if (!ec) peer = ep.address().to_string();
    }
    const std::size_t parser_limit = std::max(opt.max_body_bytes, router.largest_body_limit());
    for (;;) {
        bhttp::request_parser<bhttp::string_body> parser;
        parser.header_limit(32 * 1024);
        // Beast refuses a declared length above the limit while reading the header, before the route (and so
        // the route's own limit) is known: the header may declare up to what a refusal still drains.
        parser.body_limit(std::max<std::uint64_t>(parser_limit, kDiscardableBody));
        stream.expires_after(std::chrono::seconds(opt.idle_timeout_seconds));
        co_await bhttp::async_read_header(stream, buffer, parser,
                                          asio::redirect_error(asio::use_awaitable, ec));
        const bool declared_too_large = ec == bhttp::error::body_limit;
        if (ec && !declared_too_large) break;  // closed, timed out, or malformed beyond answering
        // the route, found once from the request line, decides how large a body may be (uploads allow more
        // than JSON) and where the request runs
        const Router::Match match = match_route(router, parser.get());
        std::size_t limit = declared_too_large ? parser_limit : router.body_limit(match);
        if (limit == 0) limit = opt.max_body_bytes;
        bool too_large = declared_too_large || (parser.content_length() && *parser.content_length() > limit);
        bool drained = false;
        if (too_large && !declared_too_large)
            drained = co_await discard_body(stream, buffer, *parser.content_length());
        if (!too_large) {
            parser.body_limit(limit);
            co_await bhttp::async_read(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
            too_large = ec == bhttp::error::body_limit || (!ec && parser.get().body().size() > limit);
            if (ec && !too_large) break;
        }
        if (too_large) {
            auto res = to_beast(plain_error(413, "body_too_large", {{"limit", limit}}), 11, false);
            stream.expires_after(std::chrono::seconds(10));
            co_await bhttp::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
            if (drained) {
                stream.socket().shutdown(tcp::socket::shutdown_send, ec);
            } else {
                co_await linger(stream);
            }
            co_return;
        }
        auto msg = parser.release();
        unsigned version = msg.version();
        bool keep_alive = msg.keep_alive();
        Request req = to_request(std::move(msg), peer, opt.trust_proxy);
        Response res;
        if (router.runs_inline(req, match)) {
            res = router.handle(req, match);
        } else {
            res = co_await asio::co_spawn(
                workers, [&]() -> asio::awaitable<Response> { co_return router.handle(req, match); },
                asio::use_awaitable);
        }
        if (req.method == "HEAD") res.body.clear();
        auto out = to_beast(std::move(res), version, keep_alive);
        stream.expires_after(std::chrono::seconds(30));
        co_await bhttp::async_write(stream, out, asio::redirect_error(asio::use_awaitable, ec));
        if (ec || !keep_alive) break;
    }
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
}

// Accepts connections and hands each to the next network thread's io_context in turn.
asio::awaitable<void> listen(tcp::acceptor& acceptor,
                             const std::vector<std::unique_ptr<asio::io_context>>& contexts,
                             const Router& router, asio::thread_pool& workers, const ServerOptions& opt) {
    for (std::size_t next = 0;; next = (next + 1) % contexts.size()) {
        beast::error_code ec;
        auto ex = contexts[next]->get_executor();
        tcp::socket socket =
            co_await acceptor.async_accept(ex, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            if (ec == asio::error::operation_aborted) co_return;
            spdlog::warn("accept failed: {}", ec.message());
            continue;
        }
        socket.set_option(tcp::no_delay(true), ec);
        asio::co_spawn(ex, session(std::move(socket), router, workers, opt), asio::detached);
    }
}

}  // namespace

void serve(const Router& router, const ServerOptions& opt) {
    // One io_context per network thread: a connection stays on one thread, and the threads share no queue.
    const std::size_t threads = static_cast<std::size_t>(opt.network_threads < 1 ? 1 : opt.network_threads);
    std::vector<std::unique_ptr<asio::io_context>> contexts;
    std::vector<asio::executor_work_guard<asio::io_context::executor_type>> keep_running;
    for (std::size_t k = 0; k < threads; ++k) {
        contexts.push_back(std::make_unique<asio::io_context>(1));
        keep_running.push_back(asio::make_work_guard(*contexts.back()));
    }
    asio::io_context& main = *contexts.front();
    asio::thread_pool workers(static_cast<std::size_t>(opt.worker_threads < 1 ? 1 : opt.worker_threads));
    tcp::endpoint ep{asio::ip::make_address(opt.host), opt.port};
    tcp::acceptor acceptor(main);
    acceptor.open(ep.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(ep);
    acceptor.listen(asio::socket_base::max_listen_connections);
    spdlog::info("listening on http://{}:{}", opt.host, acceptor.local_endpoint().port());

    asio::signal_set signals(main, SIGINT, SIGTERM);
    signals.async_wait([&](const beast::error_code&, int) {
        spdlog::info("shutting down");
        beast::error_code ec;
        acceptor.close(ec);
        for (auto& c : contexts)
            c->stop();
    });
    asio::co_spawn(main, listen(acceptor, contexts, router, workers, opt), asio::detached);

    std::vector<std::thread> pool;
    for (std::size_t k = 1; k < threads; ++k)
        pool.emplace_back([&ctx = *contexts[k]] { ctx.run(); });
    main.run();
    for (auto& t : pool)
        t.join();
    workers.join();
}

}  // namespace zhixie::http
