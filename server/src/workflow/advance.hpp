#pragma once
// Firing a transition without reading the case back (workflow::fire does both): for use cases that answer
// with their own record, and for batch work such as the demo seed. Same checks, history and audit as fire.
#include <set>
#include <string>

#include "workflow/engine.hpp"

namespace zhixie::workflow {

void advance(storage::Tx& tx, int64_t committee_id, const std::set<std::string>& permissions,
             const audit::Actor& actor, const Fire& f);

}  // namespace zhixie::workflow
