#pragma once
// Demo notices (提醒谈话通知, 劝辞建议), through the use cases: last year's plenary session (全体会议), at
// which a few of those who stayed away from this year's without leave were absent too (so they are due
// advice to resign: 无故连续两次不出席全体会议); then, from the candidates the product computes, advice to
// resign to each of them and reminders to the five lowest scorers, one of whom has had the talk. Idempotent.
#include <cstdint>

#include "storage/db.hpp"

namespace zhixie::demo {

// Last year's plenary session; run before the scores are computed.
void seed_previous_plenary(storage::Db& db, int64_t committee_id);
// The notices; run after the scores are computed.
void seed_duty_notices(storage::Db& db, int64_t committee_id, int64_t year);

}  // namespace zhixie::demo
