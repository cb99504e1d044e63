#pragma once
// Serves the built web UI: files under the web root, gzip for text assets when the client accepts it,
// long caching for Vite's hashed /assets/, no caching for index.html, and index.html for any other
// path that is not a file (SPA routes). Files are read once and kept in memory.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "http/message.hpp"

namespace zhixie::http {

class StaticFiles {
  public:
    explicit StaticFiles(std::filesystem::path root);
    std::optional<Response> serve(const Request& req);

  private:
    struct Entry {
        std::string body;
        std::string gzipped;  // empty if not worth compressing
        std::string mime;
        std::string etag;
    };
    std::shared_ptr<const Entry> load(const std::filesystem::path& file);

    std::filesystem::path root_;
    std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const Entry>> cache_;
};

// gzip-compresses data (used for static assets).
std::string gzip(const std::string& data);

}  // namespace zhixie::http
