#pragma once
// Demo proposals: the handling units a committee needs (with a sign-in for each, the demo `chengban` user
// working for the first) and a year of proposals moved through their whole lifecycle by the real use cases,
// each step run with the clock set to the day it happened — so the timelines, deadlines and statistics are
// what the product itself computes. Key proposals are led by the Party secretary and the mayor (or county
// head), with supervision notes, a concentrated supervision campaign and a 回头看 review. Deterministic and
// idempotent (a committee that has proposals is left alone). Runs from `zhixie seed-demo` only: it moves
// the process clock while it works.
#include <cstdint>
#include <string>

#include "storage/db.hpp"

namespace zhixie::demo {

struct ProposalSeedSpec {
    std::string level;      // 县 or 市: the prefix of the units' names
    std::string place;      // 清涧县, 大冶市
    std::string specialty;  // the local farm product (红枣, 黄桃)
    std::string heritage;   // a local historic site
    std::string ecology;    // the local ecological task
    std::string secretary;  // leaders who lead key proposals
    std::string head;
    std::string party_org;  // a party organisation that files proposals
    int count = 45;         // proposals in the year
    uint32_t seed = 1;
};

// Inside the seed's transaction: the units (only those missing, by name) and their users.
void seed_units(storage::Tx& tx, int64_t committee_id, const ProposalSeedSpec& spec,
                const std::string& password_hash);
// After it: the year of proposals (each step its own transaction, as in the running product).
void seed_proposals(storage::Db& db, int64_t committee_id, const ProposalSeedSpec& spec);

}  // namespace zhixie::demo
