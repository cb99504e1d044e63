#pragma once
// Actions a state runs when a case enters it (e.g. "set_number" to number an accepted proposal).
// Domains register theirs at start-up; definitions may name only registered actions.
#include <cstdint>
#include <functional>
#include <string>

#include "audit/actor.hpp"
#include "storage/db.hpp"

namespace zhixie::workflow {

struct CaseRef {
    int64_t id;
    int64_t committee_id;
    std::string subject_type;
    int64_t subject_id;
    std::string state;
};

using Action = std::function<void(storage::Tx&, const CaseRef&, const audit::Actor&)>;

void register_action(const std::string& name, Action action);
bool action_exists(const std::string& name);
void run_action(const std::string& name, storage::Tx& tx, const CaseRef& c, const audit::Actor& actor);

}  // namespace zhixie::workflow
