#pragma once
// What the parts of the office demo seed share (seed_office*.cpp): the committee, its bodies and staff, the
// office administrator as the one who records things, and a deterministic random source.
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "storage/db.hpp"

namespace zhixie::demo {

struct OfficeStaff {
    int64_t id = 0;
    std::string name;
    int64_t body_id = 0;
    bool retired = false;
};

struct OfficeSeed {
    storage::Tx& tx;
    std::string code;    // qingjian | daye
    std::string place;   // 清涧县 | 大冶市
    auth::Principal me;  // the office administrator, as the use cases see them
    audit::Actor actor;  // the seed itself
    std::vector<std::pair<std::string, int64_t>> bodies;  // name → id, in order; the office first
    std::vector<OfficeStaff> staff;                       // serving first, then retired
    std::mt19937 rng;

    int below(int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }
    // The office administrator as the one who recorded something (NULL when the committee has no such login).
    storage::Value by() const { return me.user_id ? storage::Value(me.user_id) : storage::Value{}; }
    int64_t body(const std::string& name) const;
    std::vector<const OfficeStaff*> serving(int64_t body_id = 0) const;  // 0: everyone serving
};

// "YYYY-MM-DD" shifted by whole days.
std::string day_offset(const std::string& day, int days);

void seed_office_rules(OfficeSeed& s);
void seed_office_publicity(OfficeSeed& s);
void seed_office_care(OfficeSeed& s);
void seed_office_tasks(OfficeSeed& s);
void seed_office_plans(OfficeSeed& s);
void seed_office_assessment(OfficeSeed& s);
void seed_office_villages(OfficeSeed& s);

}  // namespace zhixie::demo
