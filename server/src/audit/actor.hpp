#pragma once
// Who did something, for the audit trail and workflow history.
#include <cstdint>
#include <optional>
#include <string>

namespace zhixie::audit {

struct Actor {
    std::optional<int64_t> user_id;       // empty for the system itself (seed, jobs)
    std::optional<int64_t> committee_id;  // the committee the action belongs to
    std::string name;                     // username at the time
    std::string ip;
};

inline Actor system_actor(std::optional<int64_t> committee_id = std::nullopt) {
    return {std::nullopt, committee_id, "system", ""};
}

}  // namespace zhixie::audit
