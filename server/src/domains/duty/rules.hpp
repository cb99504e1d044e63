#pragma once
// The rules that turn a member's duty records into points (履职积分): per committee and year, a points table
// (points per kind and a yearly cap per kind), how a joint proposal's points are shared, the penalty for an
// unexcused absence, a base score, the full score, the grade bands (优秀/良好/称职/不称职) and the "五个一"
// requirement set. Staff edit them as one document; a year nobody edited is scored by default_rules().
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/field_errors.hpp"
#include "storage/db.hpp"

namespace zhixie::duty {

// The kind's name for people: "提案立案" / "Proposal accepted" (the code itself for an unknown kind).
std::string kind_name(std::string_view kind, Lang lang = Lang::zh);
// Kinds a member may report themselves; the others come from their own workflows (meetings, proposals,
// information).
bool self_reportable(std::string_view kind);

struct Item {
    std::string kind;
    double points = 0;          // per record (a joint proposal: see JointSplit)
    std::optional<double> cap;  // at most this many points a year from the kind; none = no cap
};

struct Band {
    std::string grade;  // 优秀
    double min = 0;     // from min (inclusive) up to max (exclusive; the top band includes the full score)
    double max = 0;
};

struct FiveOne {
    std::string code;                // proposal
    std::string name;                // 一件提案
    std::vector<std::string> kinds;  // records of any of these kinds count
    int64_t min = 1;                 // how many a year
};

// When a member is due a notice (提醒谈话通知) or advice to resign (劝辞建议): the committee-year's
// thresholds, edited with the points table. 0 turns a criterion off.
struct Measures {
    // a reminder: the member's grade is one of these …
    std::vector<std::string> reminder_grades{"不称职"};
    // … or, from the review date on, at least this many of the five ones are missing
    int64_t reminder_five_ones_missing = 4;
    std::string review_date = "10-01";  // MM-DD of the year
    // advice to resign: this many unexcused absences from consecutive plenary sessions (全体会议), the
    // last of them in the year (无故连续两次不出席全体会议) …
    int64_t resign_consecutive_plenary = 2;
    // … or this many unexcused absences from plenary sessions in the year …
    int64_t resign_plenary_in_year = 2;
    // … or unexcused absence from more than this percentage of the meetings invited to in the year, once
    // invited to at least resign_min_meetings
    int64_t resign_absent_percent = 50;
    int64_t resign_min_meetings = 4;
};

// How a joint proposal's points count for each proposer: equal (points × 1/number of proposers),
// lead_full (the lead member full points, the co-signers their equal share), all_full (everyone full).
inline constexpr const char* kJointSplits[] = {"equal", "lead_full", "all_full"};

struct Rules {
    double full_score = 100;
    double base_score = 0;
    double absence_penalty = 5;  // points off per meeting missed without leave
    std::string joint_split = "equal";
    std::vector<Item> items;  // every kind but meeting_absent (its points are the penalty)
    std::vector<Band> bands;  // highest first
    std::vector<FiveOne> five_ones;
    Measures measures;

    const Item* item(std::string_view kind) const;
    // The band the total falls in ("" when none does, which validate() rules out).
    std::string grade_of(double total) const;
    const Band* band(std::string_view grade) const;
};

// The default table (DOMAIN.md): a 100-point scale, 10 points a meeting attended up to 50, 5 off for an
// unexcused absence, 10 for an accepted proposal…; ≥90 优秀, ≥75 良好, ≥60 称职, below 60 不称职; the five
// ones: one proposal, one speech or suggestion, one inspection or research, one piece of information, one
// practical deed.
Rules default_rules();

nlohmann::json to_json(const Rules& r);
// 400 invalid_field when a field has the wrong JSON type; values are checked by validate().
Rules rules_from_json(const nlohmann::json& body);
// Problems in Chinese and English: negative caps or penalties, unknown kinds, bands that overlap, leave gaps
// or do not cover 0 to the full score, five-ones without kinds, measures out of range or naming no grade.
void validate(const Rules& r, FieldErrors& e);
const FieldLabels& rule_labels();

// The rules of a committee-year as stored (version 0 and custom = false: the defaults, never edited).
struct StoredRules {
    Rules rules;
    int64_t version = 0;
    bool custom = false;
    std::string updated_at;
};
StoredRules load_rules(storage::Tx& tx, int64_t committee_id, int64_t year);

}  // namespace zhixie::duty
