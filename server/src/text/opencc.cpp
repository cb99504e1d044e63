#include "text/opencc.hpp"

#include <memory>
#include <mutex>
#include <stdexcept>

#include <opencc/opencc.h>

namespace zhixie::text {

namespace {

struct Converter {
    opencc_t handle = reinterpret_cast<opencc_t>(-1);
    std::mutex mutex;  // OpenCC does not promise that one converter may be used by two threads at once

    Converter() {
        // the full path first (Debian's data directory), then the bare name for OpenCC's own search
        for (const char* config : {"/usr/share/opencc/t2s.json", "t2s.json"}) {
            handle = opencc_open(config);
            if (handle != reinterpret_cast<opencc_t>(-1)) return;
        }
        throw std::runtime_error(std::string("OpenCC t2s.json cannot be loaded: ") + opencc_error());
    }
    ~Converter() { opencc_close(handle); }
};

Converter& converter() {
    static Converter c;  // loading the dictionaries takes a while: once per process
    return c;
}

}  // namespace

std::string to_simplified(std::string_view s) {
    if (s.empty()) return {};
    auto& c = converter();
    std::lock_guard lock(c.mutex);
    std::unique_ptr<char, void (*)(char*)> out(opencc_convert_utf8(c.handle, s.data(), s.size()),
                                               opencc_convert_utf8_free);
    if (!out) throw std::runtime_error(std::string("OpenCC conversion failed: ") + opencc_error());
    return std::string(out.get());
}

}  // namespace zhixie::text
