#pragma once
// Text files compiled into the binary (see cmake/Embed.cmake): migrations and configuration.
#include <optional>
#include <string_view>
#include <vector>

namespace zhixie::embedded {

struct File {
    std::string_view name;  // path relative to the repository root, e.g. "config/permissions.json"
    std::string_view text;
};

const std::vector<File>& files();

inline std::optional<std::string_view> find(std::string_view name) {
    for (const auto& f : files())
        if (f.name == name) return f.text;
    return std::nullopt;
}

}  // namespace zhixie::embedded
