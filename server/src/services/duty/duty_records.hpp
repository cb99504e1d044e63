#pragma once
// Duty records (履职记录): the one place every domain reports what a member did, or missed, that counts
// towards their duty performance. Call record() inside the transaction of the act itself (meeting sign-in, an
// accepted proposal, adopted information…), so the record and the act commit or roll back together. The
// scoring rules (points, "五个一", grades) read only the duty_records table; they never look into the
// domains' own tables.
//
// One record per (committee, member, kind, source_type, source_id): recording it again updates it (a title
// changed, a share recomputed) instead of counting twice; retract() removes it when the act is undone
// (a sign-in revoked, a proposal withdrawn). Every write marks the committee-year's scores stale
// (duty_score_state), so domains/duty recomputes them before it next shows them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "storage/db.hpp"

namespace zhixie::duty {

// The kinds the scoring rules know. Domains use these names; a new kind needs a rule row to score points.
namespace kind {
inline constexpr std::string_view meeting_attended = "meeting_attended";
inline constexpr std::string_view meeting_absent_leave =
    "meeting_absent_leave";                                           // absent with approved leave
inline constexpr std::string_view meeting_absent = "meeting_absent";  // absent without leave
inline constexpr std::string_view proposal_filed = "proposal_filed";
inline constexpr std::string_view proposal_accepted = "proposal_accepted";
inline constexpr std::string_view info_submitted = "info_submitted";
inline constexpr std::string_view info_adopted = "info_adopted";
inline constexpr std::string_view speech = "speech";
inline constexpr std::string_view inspection = "inspection";      // 视察
inline constexpr std::string_view research = "research";          // 调研
inline constexpr std::string_view consultation = "consultation";  // 协商
inline constexpr std::string_view supervision = "supervision";    // 民主监督
inline constexpr std::string_view contact = "contact";            // 联系群众 (liaison contact log)
inline constexpr std::string_view lecture = "lecture";            // 讲坛
inline constexpr std::string_view donation = "donation";
inline constexpr std::string_view deed = "deed";    // 办实事
inline constexpr std::string_view other = "other";  // self-reported, approved by staff
}  // namespace kind

// Every kind above, in the order the dossier lists them.
const std::vector<std::string_view>& all_kinds();

struct Record {
    int64_t committee_id = 0;
    int64_t member_id = 0;         // members.id
    std::string_view kind;         // one of duty::kind
    std::string_view source_type;  // meeting, proposal, info, consultation, supervision, lecture, donation …
    int64_t source_id = 0;
    std::string occurred_on;  // YYYY-MM-DD (China time); its year is the record's year
    std::string title;        // what the dossier shows: "出席政协第十届委员会第二次全体会议"
    double share = 1.0;       // joint proposals: this member's share
    std::string status = "confirmed";  // confirmed | pending | rejected
    nlohmann::json detail = nlohmann::json::object();
};

// Inserts the record, or updates it when the member already has one of this kind from this source.
// Throws std::invalid_argument on an unknown kind, a bad date or a share outside (0, 1].
int64_t record(storage::Tx& tx, const Record& r);

// Removes this member's record of this kind from this source; returns whether one was there.
bool retract(storage::Tx& tx, int64_t committee_id, int64_t member_id, std::string_view kind,
             std::string_view source_type, int64_t source_id);

// Removes every record from this source (of this kind, or of any kind when kind is empty); returns how many.
int64_t retract_source(storage::Tx& tx, int64_t committee_id, std::string_view source_type, int64_t source_id,
                       std::string_view kind = {});

}  // namespace zhixie::duty
