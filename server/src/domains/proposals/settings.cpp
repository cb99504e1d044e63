// A committee's proposal settings: where they live (committees.settings → "proposals"), their defaults, and
// which session a submission date belongs to.
#include <algorithm>

#include "domains/proposals/proposals.hpp"

namespace zhixie::proposals {

namespace {

const std::vector<std::string> kDefaultCategories = {"经济发展", "农业农村", "教育科技", "医疗卫生",
                                                     "城乡建设", "生态环境", "文化旅游", "社会民生",
                                                     "法治建设", "其他"};

// The grounds on which a proposal is not accepted (不予立案), after the published rules.
const std::vector<std::string> kDefaultGrounds = {"涉及国家秘密",       "属于诉讼、仲裁或行政复议中的事项",
                                                  "涉及个人或家庭私事", "为具体产品或企业作宣传推广",
                                                  "检举、控告具体人员", "内容空泛、没有具体建议",
                                                  "一案多事",           "其他不宜作为提案的事项"};

template <class T>
void read(const nlohmann::json& j, const char* key, T& out) {
    if (j.contains(key) && !j[key].is_null()) out = j[key].get<T>();
}

}  // namespace

Settings load_settings(storage::Tx& tx, int64_t committee_id) {
    Settings s;
    s.categories = kDefaultCategories;
    s.reject_grounds = kDefaultGrounds;
    auto r = tx.one("SELECT settings FROM committees WHERE id = :c", {{"c", committee_id}});
    if (!r) return s;
    auto all = nlohmann::json::parse(r->s("settings"), nullptr, false);
    if (!all.is_object() || !all.contains("proposals") || !all["proposals"].is_object()) return s;
    const auto& j = all["proposals"];
    read(j, "plenary_start", s.plenary_start);
    read(j, "plenary_end", s.plenary_end);
    read(j, "objection_days", s.objection_days);
    read(j, "handling_days", s.handling_days);
    read(j, "max_handling_days", s.max_handling_days);
    read(j, "reply_classes", s.reply_classes);
    read(j, "categories", s.categories);
    read(j, "reject_grounds", s.reject_grounds);
    if (j.contains("sessions") && j["sessions"].is_array())
        for (const auto& x : j["sessions"])
            s.sessions.push_back({x.value("session", int64_t{0}), x.value("start", std::string()),
                                  x.value("end", std::string())});
    return s;
}

std::vector<std::pair<std::string, std::string>> reply_classes(const Settings& s) {
    if (s.reply_classes == 4)
        return {{"A", "已解决或采纳"}, {"B", "正在解决"}, {"C", "列入计划解决"}, {"D", "因条件限制留作参考"}};
    return {{"A", "已解决或采纳"}, {"B", "正在解决或列入计划解决"}, {"C", "因条件限制留作参考"}};
}

nlohmann::json settings_json(storage::Tx& tx, int64_t committee_id, const Settings& s) {
    nlohmann::json sessions = nlohmann::json::array();
    for (const auto& x : s.sessions)
        sessions.push_back({{"session", x.session}, {"start", x.start}, {"end", x.end}});
    nlohmann::json classes = nlohmann::json::array();
    for (const auto& [code, name] : reply_classes(s))
        classes.push_back({{"code", code}, {"name", name}});
    nlohmann::json out = {{"plenary_start", s.plenary_start},
                          {"plenary_end", s.plenary_end},
                          {"sessions", sessions},
                          {"objection_days", s.objection_days},
                          {"handling_days", s.handling_days},
                          {"max_handling_days", s.max_handling_days},
                          {"reply_classes", s.reply_classes},
                          {"reply_class_names", classes},
                          {"categories", s.categories},
                          {"reject_grounds", s.reject_grounds}};
    // windows kept in the committee's workflow definition (edit them there)
    for (const auto& [state, key] :
         {std::pair{"cosigning", "cosign_days"}, {"rehandling", "rehandling_days"}}) {
        auto r = tx.one(
            "SELECT st.deadline_days FROM wf_states st JOIN wf_definitions d ON d.id = st.definition_id "
            "WHERE "
            "d.committee_id = :c AND d.code = 'proposal' AND st.code = :s",
            {{"c", committee_id}, {"s", std::string(state)}});
        out[key] = r && !r->is_null("deadline_days") ? nlohmann::json(r->i("deadline_days")) : nullptr;
    }
    return out;
}

SessionOf session_of(const Settings& s, const std::string& term_start, const std::string& date) {
    const std::string year = date.substr(0, 4);
    const PlenarySession* earlier = nullptr;
    for (const auto& x : s.sessions) {
        if (x.start <= date && date <= x.end) return {x.session, true};
        if (x.start.substr(0, 4) == year && x.start <= date && (!earlier || earlier->start < x.start))
            earlier = &x;
    }
    if (earlier) return {earlier->session, false};
    // one plenary a year: a term that opened in its autumn or winter held its first session then
    const int y = std::stoi(year);
    const int start_year = std::stoi(term_start.substr(0, 4));
    const int start_month = std::stoi(term_start.substr(5, 2));
    const int64_t session = std::max(1, y - start_year + (start_month >= 10 ? 0 : 1));
    const std::string md = date.substr(5, 5);
    return {session, s.plenary_start <= md && md <= s.plenary_end};
}

}  // namespace zhixie::proposals
