#include "domains/duty/rules.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <set>

#include <fmt/format.h>

#include "core/error.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::duty {

namespace {

struct KindText {
    std::string_view kind;
    const char* zh;
    const char* en;
    bool self_report;  // may a member report it themselves?
};
const KindText kKinds[] = {
    {kind::meeting_attended, "出席会议", "Meeting attended", false},
    {kind::meeting_absent_leave, "请假缺席", "Absent with leave", false},
    {kind::meeting_absent, "无故缺席", "Absent without leave", false},
    {kind::proposal_filed, "提交提案", "Proposal filed", false},
    {kind::proposal_accepted, "提案立案", "Proposal accepted", false},
    {kind::info_submitted, "报送社情民意信息", "Information submitted", false},
    {kind::info_adopted, "社情民意信息被采用", "Information adopted", false},
    {kind::speech, "建言发言", "Speech or suggestion", true},
    {kind::inspection, "视察", "Inspection", true},
    {kind::research, "调研", "Research", true},
    {kind::consultation, "协商议政", "Consultation", true},
    {kind::supervision, "民主监督", "Democratic supervision", true},
    {kind::contact, "联系群众", "Contact with the public", true},
    {kind::lecture, "参加讲坛", "Lecture attended", true},
    {kind::donation, "捐赠", "Donation", true},
    {kind::deed, "办实事", "Practical deed", true},
    {kind::other, "其他履职", "Other duty", true},
};

const KindText* find_kind(std::string_view k) {
    for (const auto& t : kKinds)
        if (t.kind == k) return &t;
    return nullptr;
}

// "90", "2.5": numbers in messages as people write them
std::string num(double v) {
    return fmt::format("{}", std::round(v * 100) / 100);
}

double number(const nlohmann::json& o, const std::string& key, const std::string& path) {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) throw AppError::missing_field(path + key);
    if (!it->is_number()) throw AppError::invalid_field(path + key);
    return it->get<double>();
}

std::string text(const nlohmann::json& o, const std::string& key, const std::string& path) {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) return "";
    if (!it->is_string()) throw AppError::invalid_field(path + key);
    return it->get<std::string>();
}

const nlohmann::json& array(const nlohmann::json& o, const std::string& key) {
    auto it = o.find(key);
    if (it == o.end() || !it->is_array()) throw AppError::invalid_field(key);
    return *it;
}

int64_t whole(const nlohmann::json& o, const std::string& key, const std::string& path) {
    const double v = number(o, key, path);
    if (v != std::floor(v) || std::abs(v) > 1e9) throw AppError::invalid_field(path + key);
    return static_cast<int64_t>(v);
}

// A stored table from before the measures existed has none: it gets the defaults.
Measures measures_from_json(const nlohmann::json& body) {
    Measures m;
    auto it = body.find("measures");
    if (it == body.end() || it->is_null()) return m;
    if (!it->is_object()) throw AppError::invalid_field("measures");
    const auto& o = *it;
    const std::string path = "measures.";
    if (!o.contains("reminder_grades") || !o["reminder_grades"].is_array())
        throw AppError::invalid_field(path + "reminder_grades");
    m.reminder_grades.clear();
    for (const auto& g : o["reminder_grades"]) {
        if (!g.is_string()) throw AppError::invalid_field(path + "reminder_grades");
        m.reminder_grades.push_back(g.get<std::string>());
    }
    m.reminder_five_ones_missing = whole(o, "reminder_five_ones_missing", path);
    m.review_date = text(o, "review_date", path);
    m.resign_consecutive_plenary = whole(o, "resign_consecutive_plenary", path);
    m.resign_plenary_in_year = whole(o, "resign_plenary_in_year", path);
    m.resign_absent_percent = whole(o, "resign_absent_percent", path);
    m.resign_min_meetings = whole(o, "resign_min_meetings", path);
    return m;
}

bool is_month_day(const std::string& s) {
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (s.size() != 5 || s[2] != '-') return false;
    for (size_t k : {0, 1, 3, 4})
        if (s[k] < '0' || s[k] > '9') return false;
    const int month = std::stoi(s.substr(0, 2)), day = std::stoi(s.substr(3, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= kDays[month - 1];
}

void check_measures(const Rules& r, FieldErrors& e) {
    const Measures& m = r.measures;
    std::set<std::string> grades;
    for (const auto& g : m.reminder_grades) {
        if (!r.band(g)) e.add("measures.reminder_grades", "field_invalid_choice", {{"value", g}});
        if (!grades.insert(g).second) e.add("measures.reminder_grades", "field_duplicate", {{"value", g}});
    }
    auto range = [&e](const char* field, int64_t v, int64_t lo, int64_t hi) {
        if (v < lo || v > hi)
            e.add(std::string("measures.") + field, "field_out_of_range",
                  {{"value", v}, {"min", lo}, {"max", hi}});
    };
    range("reminder_five_ones_missing", m.reminder_five_ones_missing, 0,
          static_cast<int64_t>(r.five_ones.size()));
    if (!is_month_day(m.review_date))
        e.add("measures.review_date", "duty_review_date", {{"value", m.review_date}});
    range("resign_consecutive_plenary", m.resign_consecutive_plenary, 0, 10);
    range("resign_plenary_in_year", m.resign_plenary_in_year, 0, 50);
    range("resign_absent_percent", m.resign_absent_percent, 0, 99);
    range("resign_min_meetings", m.resign_min_meetings, 1, 100);
}

void check_bands(const Rules& r, FieldErrors& e) {
    const size_t before = e.size();
    if (r.bands.empty()) {
        e.add("bands", "field_required");
        return;
    }
    std::set<std::string> names;
    for (const auto& b : r.bands) {
        if (!check::required(e, "bands", b.grade, 10)) continue;
        if (!names.insert(b.grade).second) e.add("bands", "field_duplicate", {{"value", b.grade}});
        if (b.min >= b.max)
            e.add("bands", "duty_band_empty", {{"grade", b.grade}, {"min", num(b.min)}, {"max", num(b.max)}});
    }
    if (e.size() != before) return;  // bad bands of their own: their order means nothing yet
    std::vector<Band> up = r.bands;  // lowest first
    std::sort(up.begin(), up.end(), [](const Band& a, const Band& b) { return a.min < b.min; });
    if (up.front().min != 0)
        e.add("bands", "duty_bands_bottom", {{"grade", up.front().grade}, {"min", num(up.front().min)}});
    if (up.back().max != r.full_score)
        e.add("bands", "duty_bands_top",
              {{"grade", up.back().grade}, {"max", num(up.back().max)}, {"full", num(r.full_score)}});
    for (size_t k = 1; k < up.size(); ++k) {
        const Band& lo = up[k - 1];
        const Band& hi = up[k];
        nlohmann::json d{
            {"grade", lo.grade}, {"other", hi.grade}, {"from", num(lo.max)}, {"to", num(hi.min)}};
        if (lo.max > hi.min) e.add("bands", "duty_bands_overlap", d);
        if (lo.max < hi.min) e.add("bands", "duty_bands_gap", d);
    }
}

void check_five_ones(const Rules& r, FieldErrors& e) {
    std::set<std::string> codes;
    for (const auto& f : r.five_ones) {
        if (!check::required(e, "five_ones", f.name, 20)) continue;
        if (!codes.insert(f.code).second) e.add("five_ones", "field_duplicate", {{"value", f.name}});
        if (f.kinds.empty()) e.add("five_ones", "duty_five_one_no_kinds", {{"name", f.name}});
        for (const auto& k : f.kinds)
            if (!find_kind(k)) e.add("five_ones", "field_invalid_choice", {{"value", k}});
        if (f.min < 1 || f.min > 100)
            e.add("five_ones", "duty_five_one_min", {{"name", f.name}, {"value", f.min}});
    }
}

}  // namespace

std::string kind_name(std::string_view kind, Lang lang) {
    const auto* t = find_kind(kind);
    if (!t) return std::string(kind);
    return lang == Lang::en ? t->en : t->zh;
}

bool self_reportable(std::string_view kind) {
    const auto* t = find_kind(kind);
    return t && t->self_report;
}

const Item* Rules::item(std::string_view kind) const {
    for (const auto& i : items)
        if (i.kind == kind) return &i;
    return nullptr;
}

std::string Rules::grade_of(double total) const {
    for (const auto& b : bands)
        if (total >= b.min && (total < b.max || b.max >= full_score)) return b.grade;
    return "";
}

const Band* Rules::band(std::string_view grade) const {
    for (const auto& b : bands)
        if (b.grade == grade) return &b;
    return nullptr;
}

Rules default_rules() {
    Rules r;
    auto add = [&r](std::string_view k, double points, std::optional<double> cap) {
        r.items.push_back({std::string(k), points, cap});
    };
    add(kind::meeting_attended, 10, 50);
    add(kind::meeting_absent_leave, 0, std::nullopt);
    add(kind::proposal_filed, 5, 20);
    add(kind::proposal_accepted, 10, 30);
    add(kind::info_submitted, 2, 10);
    add(kind::info_adopted, 5, 20);
    add(kind::speech, 5, 15);
    add(kind::inspection, 3, 12);
    add(kind::research, 3, 12);
    add(kind::consultation, 3, 12);
    add(kind::supervision, 3, 12);
    add(kind::contact, 1, 10);
    add(kind::lecture, 2, 10);
    add(kind::donation, 3, 10);
    add(kind::deed, 5, 15);
    add(kind::other, 2, 10);
    r.bands = {{"优秀", 90, 100}, {"良好", 75, 90}, {"称职", 60, 75}, {"不称职", 0, 60}};
    r.five_ones = {
        {"proposal", "一件提案", {std::string(kind::proposal_filed)}, 1},
        {"speech", "一次建言发言", {std::string(kind::speech)}, 1},
        {"inspection", "一次视察或调研", {std::string(kind::inspection), std::string(kind::research)}, 1},
        {"information",
         "一条社情民意信息",
         {std::string(kind::info_submitted), std::string(kind::info_adopted)},
         1},
        {"deed", "一件实事", {std::string(kind::deed)}, 1},
    };
    return r;
}

nlohmann::json to_json(const Rules& r) {
    nlohmann::json items = nlohmann::json::array(), bands = nlohmann::json::array(),
                   five = nlohmann::json::array();
    for (const auto& i : r.items)
        items.push_back({{"kind", i.kind},
                         {"points", i.points},
                         {"cap", i.cap ? nlohmann::json(*i.cap) : nlohmann::json(nullptr)}});
    for (const auto& b : r.bands)
        bands.push_back({{"grade", b.grade}, {"min", b.min}, {"max", b.max}});
    for (const auto& f : r.five_ones)
        five.push_back({{"code", f.code}, {"name", f.name}, {"kinds", f.kinds}, {"min", f.min}});
    const Measures& m = r.measures;
    return {{"full_score", r.full_score},
            {"base_score", r.base_score},
            {"absence_penalty", r.absence_penalty},
            {"joint_split", r.joint_split},
            {"items", items},
            {"bands", bands},
            {"five_ones", five},
            {"measures",
             {{"reminder_grades", m.reminder_grades},
              {"reminder_five_ones_missing", m.reminder_five_ones_missing},
              {"review_date", m.review_date},
              {"resign_consecutive_plenary", m.resign_consecutive_plenary},
              {"resign_plenary_in_year", m.resign_plenary_in_year},
              {"resign_absent_percent", m.resign_absent_percent},
              {"resign_min_meetings", m.resign_min_meetings}}}};
}

Rules rules_from_json(const nlohmann::json& body) {
    if (!body.is_object()) throw AppError::invalid_field("rules");
    Rules r;
    r.full_score = number(body, "full_score", "");
    r.base_score = number(body, "base_score", "");
    r.absence_penalty = number(body, "absence_penalty", "");
    r.joint_split = text(body, "joint_split", "");
    const auto& items = array(body, "items");
    for (size_t k = 0; k < items.size(); ++k) {
        const std::string path = fmt::format("items[{}].", k);
        const auto& o = items[k];
        if (!o.is_object()) throw AppError::invalid_field(fmt::format("items[{}]", k));
        Item i{text(o, "kind", path), number(o, "points", path), std::nullopt};
        if (o.contains("cap") && !o["cap"].is_null()) i.cap = number(o, "cap", path);
        r.items.push_back(i);
    }
    const auto& bands = array(body, "bands");
    for (size_t k = 0; k < bands.size(); ++k) {
        const std::string path = fmt::format("bands[{}].", k);
        if (!bands[k].is_object()) throw AppError::invalid_field(fmt::format("bands[{}]", k));
        r.bands.push_back(
            {text(bands[k], "grade", path), number(bands[k], "min", path), number(bands[k], "max", path)});
    }
    std::sort(r.bands.begin(), r.bands.end(), [](const Band& a, const Band& b) { return a.min > b.min; });
    const auto& five = array(body, "five_ones");
    for (size_t k = 0; k < five.size(); ++k) {
        const std::string path = fmt::format("five_ones[{}].", k);
        const auto& o = five[k];
        if (!o.is_object()) throw AppError::invalid_field(fmt::format("five_ones[{}]", k));
        FiveOne f{text(o, "code", path), text(o, "name", path), {}, 1};
        if (f.code.empty()) f.code = fmt::format("r{}", k + 1);
        if (!o.contains("kinds") || !o["kinds"].is_array()) throw AppError::invalid_field(path + "kinds");
        for (const auto& kind : o["kinds"]) {
            if (!kind.is_string()) throw AppError::invalid_field(path + "kinds");
            f.kinds.push_back(kind.get<std::string>());
        }
        const double min = number(o, "min", path);
        if (min != std::floor(min)) throw AppError::invalid_field(path + "min");
        f.min = static_cast<int64_t>(min);
        r.five_ones.push_back(f);
    }
    r.measures = measures_from_json(body);
    return r;
}

const FieldLabels& rule_labels() {
    static const FieldLabels labels = [] {
        static std::deque<std::string> texts;  // the labels point into these
        auto keep = [](std::string s) { return texts.emplace_back(std::move(s)).c_str(); };
        FieldLabels l = {{"full_score", {"满分", "Full score"}},
                         {"base_score", {"基础分", "Base score"}},
                         {"absence_penalty", {"无故缺席扣分", "Absence penalty"}},
                         {"joint_split", {"联名提案计分方式", "Joint proposal split"}},
                         {"items", {"积分项目", "Points table"}},
                         {"bands", {"等次", "Grade"}},
                         {"five_ones", {"“五个一”要求", "Five-ones requirement"}},
                         {"measures.reminder_grades", {"提醒谈话的等次", "Grades due a reminder"}},
                         {"measures.reminder_five_ones_missing",
                          {"提醒谈话的“五个一”缺项数", "Missing five-ones due a reminder"}},
                         {"measures.review_date", {"“五个一”检查日", "Five-ones review date"}},
                         {"measures.resign_consecutive_plenary",
                          {"劝辞：连续无故缺席全体会议次数", "Resign: consecutive plenary absences"}},
                         {"measures.resign_plenary_in_year",
                          {"劝辞：年内无故缺席全体会议次数", "Resign: plenary absences in the year"}},
                         {"measures.resign_absent_percent",
                          {"劝辞：年内无故缺席会议比例（%）", "Resign: share of meetings missed (%)"}},
                         {"measures.resign_min_meetings",
                          {"劝辞：计算缺席比例的最少会议数", "Resign: fewest meetings for the share"}}};
        for (const auto& k : kKinds) {
            l[fmt::format("items.{}.points", k.kind)] = {keep(fmt::format("“{}”每项分值", k.zh)),
                                                         keep(fmt::format("Points per {}", k.en))};
            l[fmt::format("items.{}.cap", k.kind)] = {keep(fmt::format("“{}”年度封顶分", k.zh)),
                                                      keep(fmt::format("Yearly cap of {}", k.en))};
        }
        return l;
    }();
    return labels;
}

void validate(const Rules& r, FieldErrors& e) {
    if (r.full_score <= 0 || r.full_score > 1000)
        e.add("full_score", "field_out_of_range", {{"value", num(r.full_score)}, {"min", 1}, {"max", 1000}});
    if (r.base_score < 0 || r.base_score > r.full_score)
        e.add("base_score", "field_out_of_range",
              {{"value", num(r.base_score)}, {"min", 0}, {"max", num(r.full_score)}});
    if (r.absence_penalty < 0)
        e.add("absence_penalty", "field_negative", {{"value", num(r.absence_penalty)}});
    check::one_of(e, "joint_split", r.joint_split, {std::begin(kJointSplits), std::end(kJointSplits)});
    std::set<std::string> seen;
    for (const auto& i : r.items) {
        if (!find_kind(i.kind) || i.kind == kind::meeting_absent) {
            e.add("items", "field_invalid_choice", {{"value", i.kind}});
            continue;
        }
        if (!seen.insert(i.kind).second) e.add("items", "field_duplicate", {{"value", kind_name(i.kind)}});
        if (i.points < 0) e.add("items." + i.kind + ".points", "field_negative", {{"value", num(i.points)}});
        if (i.cap && *i.cap < 0)
            e.add("items." + i.kind + ".cap", "field_negative", {{"value", num(*i.cap)}});
    }
    check_bands(r, e);
    check_five_ones(r, e);
    check_measures(r, e);
}

StoredRules load_rules(storage::Tx& tx, int64_t committee_id, int64_t year) {
    auto row =
        tx.one("SELECT rules, version, updated_at FROM duty_rules WHERE committee_id = :c AND year = :y",
               {{"c", committee_id}, {"y", year}});
    if (!row) return {default_rules(), 0, false, ""};
    return {rules_from_json(nlohmann::json::parse(row->s("rules"))), row->i("version"), true,
            row->s("updated_at")};
}

}  // namespace zhixie::duty
