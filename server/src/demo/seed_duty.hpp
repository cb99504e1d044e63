#pragma once
// Demo duty performance, run last (after every domain that writes duty records has seeded its year): the
// points tables of both demo years (Qingjian on the default table; Daye counting an accepted proposal 15
// points, the lead proposer in full), the duty records of the proposals and liaison contacts seeded before
// the duty domain existed (through its hook functions, which leave records already right untouched), two
// duties the demo member reported themselves (one confirmed by the office, one waiting), and the scores
// computed from all of it. Idempotent.
#include <cstdint>

#include "storage/db.hpp"

namespace zhixie::demo {

void seed_duty(storage::Db& db, int64_t committee_id, const char* code);

}  // namespace zhixie::demo
