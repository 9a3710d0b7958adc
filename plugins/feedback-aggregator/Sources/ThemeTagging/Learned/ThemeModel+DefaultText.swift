// Written by `make theme-model` (rapport themes train --swift): do not edit by hand.
extension ThemeModel {
    /// The text of the shipped model (plugins/feedback-aggregator/lexicon/theme-model.txt).
    public static let defaultText = #"""
# Rapport theme model: the learned reader of the feedback aggregator's theme tagger.
# Made by `rapport themes train`, from comments labelled by hand; do not edit the weights by hand.
# It adds a theme the lexicon did not tag when the probability that the comment judges it
# reaches `threshold`, withdraws one the lexicon tagged when that probability is below `keep`, and
# turns a lexicon tag's polarity when the probability of the other one reaches `turn`
# (plugins/feedback-aggregator/README.md, "The learned reader").
#
# Settings: `version`, `lexicon` (the lexicon version it was trained with), `threshold`, `keep`
# (optional; 0 withdraws nothing), `turn` (optional; 1 turns nothing), `themes` (in the order of
# the weights) and `trained-on`. After `weights`, each line is a
# feature and its weights that are not zero, as INDEX:WEIGHT: for N themes, index i < N weighs
# theme i being judged, index N + i theme i being praised, written with two decimals. The feature `bias` holds the
# intercepts. Features: `u:word`, `n:word` (a word a negation governs), `b:word_word`, `s:stem`,
# `author:customer|employee`, and per theme `lt:` (the lexicon tagged it), `le:` (judged below
# the threshold), `lp:`/`ln:` (its net leans to praise or complaint).

version 2026-12-07.4
lexicon 2026.12-10
threshold 0.4
keep 0.5
turn 0.5
themes waiting-time staff-attitude knowledge cleanliness price product-quality communication
trained-on 5833 comments: tuning.jsonl probe.jsonl probe2.jsonl probe3.jsonl probe4.jsonl probe6.jsonl probe7.jsonl probe8.jsonl probe11.jsonl probe13.jsonl probe14.jsonl probe16.jsonl probe18.jsonl probe19.jsonl probe21.jsonl probe22.jsonl probe23.jsonl probe24.jsonl probe25.jsonl probe26.jsonl probe27.jsonl probe28.jsonl probe29.jsonl probe31.jsonl

weights
bias 0:-2.54 1:-3.01 2:-2.93 3:-2.68 4:-2.82 5:-2.44 6:-3.06 7:-0.16 8:-0.22 9:-0.31 10:-0.13 11:-0.34 12:-0.05 13:-0.44
author:customer 0:-0.95 1:-0.96 2:-1.31 3:-1.28 4:-1.12 5:-0.48 6:-1.15 8:-0.12 10:-0.24 13:-0.29
author:employee 0:-1.39 1:-1.82 2:-1.38 3:-1.19 4:-1.48 5:-1.76 6:-1.66 9:-0.1 10:0.16 11:-0.26
b:10_10 0:-0.11
b:10_mins 0:0.16
b:120_for 5:0.17
b:15_a 12:-0.13
b:19_th 13:-0.11
b:20_for 11:0.29
b:20_mins 0:0.3
b:20_minutes 7:0.19 13:0.14
b:24_hours 0:-0.22
b:25_for 12:0.29
b:25_min 0:0.11
b:2_and 13:0.23
b:2_days 0:0.11
b:2_for 6:0.11
b:2_hrs 0:0.14
b:35_minutes 6:0.11
b:3_days 7:0.24
b:3_rd 0:0.11 13:-0.11
b:3_times 0:0.14 7:-0.16 9:-0.12 12:-0.14
b:3_to 7:0.16
b:3_weeks 5:0.11 12:0.24
b:40_a 11:-0.11
b:40_minute 0:0.11
b:45_for 7:0.1
b:45_minutes 7:-0.11
b:45_p 11:-0.2
b:4_a 0:0.14 7:-0.11
b:4_days 0:0.13 7:-0.13
b:4_hours 7:-0.13
b:50_a 11:-0.11
b:50_for 11:-0.14
b:50_minutes 0:0.16 1:-0.11 7:-0.15
b:65_for 11:0.15
b:65_to 4:0.11
b:6_pm 0:0.23
b:6_weeks 7:-0.15
b:7_am 13:-0.1
b:7_for 12:0.1
b:8_am 0:0.27
b:90_% 7:0.11
b:90_mins 7:-0.11
b:95_for 11:-0.12
b:99_a 11:0.16
b:9_days 0:0.1
b:a_bargain 11:-0.1
b:a_bathroom 2:0.1 10:-0.15
b:a_bin 12:0.27
b:a_bit 4:0.12 5:0.16 6:-0.14 7:0.12 8:-0.16 9:0.22
b:a_bob 5:0.18
b:a_book 0:0.17 7:-0.14
b:a_broken 5:-0.12
b:a_budget 11:0.19
b:a_bulky 4:-0.11
b:a_button 8:-0.11
b:a_call 0:-0.27 2:-0.12 6:0.11
b:a_cat 12:0.12
b:a_chat 8:-0.11
b:a_clean 0:-0.14 5:-0.11
b:a_cloud 12:0.1
b:a_clue 2:0.22 6:-0.12 9:-0.19
b:a_coffee 13:0.11
b:a_collection 12:0.14
b:a_couple 5:0.11 13:0.15
b:a_customer 1:0.11 3:-0.1 8:-0.11
b:a_cut 11:0.17 12:-0.1
b:a_day 0:0.17 3:0.11 5:0.32 7:0.25 11:0.13
b:a_deep 12:0.11
b:a_different 9:-0.15
b:a_dirty 12:0.1
b:a_drop 12:0.13
b:a_e 0:0.18 7:-0.27
b:a_fault 7:0.14
b:a_few 11:-0.15
b:a_fiver 11:0.41
b:a_flat 11:0.16
b:a_fortnight 0:0.14 5:0.15 10:-0.1 12:-0.35
b:a_free 0:0.32 4:-0.19 12:-0.25
b:a_friday 0:0.14 5:0.12 12:0.17
b:a_full 4:0.12 9:-0.14 11:0.17
b:a_gem 1:0.13 8:0.11
b:a_good 5:0.17
b:a_half 11:-0.14
b:a_head 12:-0.18
b:a_human 6:0.1 13:-0.11
b:a_joke 11:-0.12
b:a_kidney 8:0.14
b:a_kids 11:0.13
b:a_lady 0:0.14
b:a_law 13:-0.12
b:a_lot 1:0.18 4:0.11 6:0.16 8:0.16 11:-0.13 12:0.12 13:-0.18
b:a_lovely 8:0.13
b:a_main 11:0.1
b:a_massive 5:0.11 12:-0.1
b:a_meal 12:0.11
b:a_mile 12:-0.14
b:a_minute 0:0.1
b:a_miracle 5:-0.15
b:a_month 5:0.14 9:-0.14 12:-0.21 13:-0.14
b:a_new 5:0.11 6:-0.11 7:0.17
b:a_night 3:0.11 11:-0.15
b:a_nightmare 0:-0.1
b:a_no 4:0.1
b:a_noise 12:0.1
b:a_note 13:0.12
b:a_one 6:0.12 7:0.14 13:0.18
b:a_penny 4:0.14 11:0.17
b:a_person 6:-0.12 7:0.15
b:a_photo 5:-0.12 6:0.19 13:0.18
b:a_picture 13:0.11
b:a_plaster 3:0.1
b:a_private 2:0.13
b:a_problem 0:0.11
b:a_proper 5:-0.16 8:-0.3
b:a_puddle 3:-0.13 5:0.12 12:-0.14
b:a_quick 0:-0.23 5:-0.15 12:0.14
b:a_refund 7:-0.11
b:a_relief 12:0.12
b:a_replacement 0:0.12 6:0.11 13:0.11
b:a_reply 6:0.14
b:a_router 11:-0.11
b:a_safe 12:0.11
b:a_sandwich 5:-0.17
b:a_service 2:0.1
b:a_session 11:-0.11
b:a_single 0:-0.14 6:0.15 13:-0.11
b:a_small 1:0.11 4:0.12
b:a_smile 1:0.11 8:-0.12
b:a_steal 11:-0.13
b:a_sticky 5:0.12
b:a_table 0:0.15
b:a_ten 13:0.12
b:a_text 5:-0.16 6:0.25
b:a_thing 11:-0.12
b:a_time 12:0.14
b:a_tip 3:0.35 5:-0.12 10:-0.22
b:a_tracking 0:-0.1
b:a_treat 10:0.11
b:a_trim 5:0.25 12:-0.25
b:a_two 4:0.11
b:a_water 1:-0.1 5:0.1 12:-0.15
b:a_week 0:0.21 2:0.15 6:0.33
b:a_word 6:0.21 8:-0.12 12:-0.14 13:-0.12
b:a_year 10:-0.16
b:a_£ 1:0.12 4:0.12 12:0.11
b:about_a 0:0.11 1:0.13 5:-0.13 6:-0.16
b:about_being 0:0.12
b:about_her 8:-0.17
b:about_it 5:0.16 6:0.15 12:-0.19
b:about_my 0:-0.18
b:about_the 0:-0.14 5:-0.32 6:0.18 8:0.33 9:-0.13 10:0.11 13:-0.15
b:about_them 5:0.12 12:0.16
b:about_£ 2:0.11 9:0.19 11:0.12
b:absolute_gem 7:0.1 11:0.14
b:across_the 12:-0.11
b:acted_like 1:0.22 8:-0.11
b:actually_hear 13:0.11
b:actually_know 2:0.11
b:actually_listened 6:0.14 13:0.13
b:actually_turned 0:0.11 7:0.18
b:actually_understand 13:0.11
b:actually_work 12:0.14
b:actually_worked 5:0.12
b:after_5 7:-0.11
b:after_a 1:-0.1 6:0.15 13:0.15
b:after_four 5:0.17 12:0.14
b:after_himself 3:0.12 5:0.13 7:0.1 12:0.24
b:after_i 0:0.11
b:after_one 5:0.1 12:-0.15
b:after_six 5:0.11
b:after_the 0:-0.17 3:-0.11 4:0.24 5:-0.13 9:0.1 11:0.12
b:agent_was 0:0.1
b:ages_for 0:0.14
b:agreed_the 6:0.14 8:0.18 13:0.12
b:all_along 2:0.14
b:all_day 0:-0.11 1:0.15 5:0.1 12:-0.13
b:all_over 0:0.1 1:-0.16 3:0.27 5:-0.14 10:-0.21
b:all_smiles 8:-0.11
b:all_the 1:0.14 3:0.17 10:0.1 12:0.14
b:all_weekend 12:-0.12
b:almost_everyone 10:0.14
b:alone_was 4:0.1 12:0.12
b:always_a 0:0.11 5:-0.19 7:0.23
b:am_from 13:0.11
b:an_absolute 11:0.14
b:an_email 6:0.13
b:an_engineer 5:0.14
b:an_expert 9:-0.11
b:an_extra 4:-0.14
b:an_hour 0:0.33 4:0.16 5:0.18 6:-0.28 11:-0.16 12:0.12
b:an_issue 4:-0.1
b:an_mot 11:0.11
b:an_x 9:-0.11
b:and_a 0:-0.18 3:0.4 4:0.24 5:-0.13 6:-0.11 8:-0.2 9:0.21 10:-0.27 11:-0.19 13:0.13
b:and_about 12:0.14
b:and_adjusted 11:-0.1
b:and_apologised 5:0.1
b:and_ask 13:-0.11
b:and_blow 11:0.18
b:and_came 5:0.15 9:0.14
b:and_chatted 8:0.15
b:and_checked 6:0.1
b:and_cheerful 4:0.12 11:0.1
b:and_chips 5:0.11
b:and_clean 1:0.16 8:-0.15 12:-0.12
b:and_cleaned 5:0.17
b:and_customers 10:0.23
b:and_described 8:0.1
b:and_didnt 1:0.18 6:0.14
b:and_drove 5:0.11
b:and_easy 6:0.18
b:and_encouraging 5:0.11
b:and_end 13:-0.1
b:and_even 10:0.1
b:and_explained 6:0.16 13:0.25
b:and_filled 1:0.13
b:and_find 13:0.11
b:and_gave 5:0.12 13:0.11
b:and_got 2:0.25 11:0.11
b:and_had 0:0.22 5:0.16 6:-0.13 7:0.13 12:0.28 13:0.13
b:and_half 5:0.12 12:-0.12
b:and_he 6:-0.12 7:0.19 8:0.17
b:and_hoovered 10:0.11
b:and_i 1:-0.11 2:0.14 4:-0.1 6:-0.2 7:-0.2 9:-0.33 11:-0.29
b:and_im 3:0.12
b:and_in 0:0.14
b:and_it 0:0.16 1:-0.17 5:0.2 11:0.37 12:0.28
b:and_its 7:-0.14
b:and_ive 4:0.16 11:-0.2
b:and_kept 5:0.1
b:and_knew 9:0.13 12:0.14
b:and_leaves 10:-0.15
b:and_left 3:0.11 5:-0.24 6:-0.1
b:and_most 8:0.18
b:and_my 8:-0.2
b:and_never 1:0.18 5:-0.19 8:0.19
b:and_no 0:0.19 1:-0.11 2:-0.17 5:-0.16 6:0.19 13:-0.14
b:and_nobody 5:-0.16 6:0.11 9:-0.12 12:-0.16 13:-0.16
b:and_not 4:-0.12 5:0.13 9:0.1
b:and_now 5:0.14 12:-0.1
b:and_one 0:-0.15
b:and_out 0:0.18 5:-0.16 7:0.14
b:and_overpriced 12:-0.18
b:and_phoned 9:0.13
b:and_put 5:0.1 12:0.13
b:and_really 2:0.1
b:and_saved 2:0.14
b:and_sent 13:0.12
b:and_several 2:0.12 4:0.17 9:0.13 10:0.12 11:-0.16
b:and_she 1:0.13 5:0.3 8:0.11
b:and_stayed 12:0.11
b:and_steered 11:0.14
b:and_still 9:-0.11
b:and_that 0:-0.11 2:-0.11 5:-0.11 9:0.14 11:0.13
b:and_the 0:0.43 1:0.3 2:0.29 3:0.4 4:0.38 5:0.76 7:0.16 8:-0.16 9:-0.14 10:0.1 13:-0.11
b:and_then 1:0.11 8:0.17 13:-0.18
b:and_theres 0:-0.1 5:0.18 12:-0.17
b:and_they 3:0.13 6:-0.12 7:0.15 10:0.24 12:0.23 13:0.16
b:and_told 9:0.24
b:and_took 4:0.16
b:and_two 9:-0.1 12:-0.16
b:and_warm 12:-0.11
b:and_was 0:0.2 5:0.12
b:and_we 2:0.14 6:0.12 13:-0.15
b:and_went 10:-0.13
b:and_were 5:0.13 12:0.17
b:and_what 1:-0.11 6:0.13 13:0.13
b:and_when 0:0.13 5:0.2 6:0.17 7:-0.14 8:-0.14
b:and_why 6:0.13 13:0.14
b:and_wouldnt 13:-0.16
b:and_you 12:-0.15
b:another_letter 13:-0.14
b:answer_basic 2:0.1
b:answered_the 8:0.12
b:answers_depending 9:0.17
b:any_more 7:0.11
b:anyone_tell 9:0.12
b:anyone_to 0:-0.11 12:-0.11
b:anyone_took 9:-0.11
b:anything_at 5:0.12 11:0.14
b:anything_was 9:-0.1
b:app_is 6:-0.18
b:app_now 12:0.12
b:app_said 0:0.13 6:0.22 13:-0.13
b:app_was 13:-0.11
b:appeared_at 6:0.1
b:appointment_letter 13:-0.12
b:appreciated_finding 6:0.1
b:appreciated_the 13:-0.13
b:are_a 4:0.12 8:-0.13
b:are_broken 10:0.19
b:are_double 5:0.11
b:are_kind 3:0.1
b:are_lovely 12:-0.14
b:are_out 2:0.15
b:are_thrilled 12:0.12
b:argue_with 4:0.13 11:0.24
b:arrived_in 0:0.18 7:-0.12
b:arrived_with 12:-0.13 13:-0.15
b:as_a 0:0.19 2:0.12 5:-0.15 8:-0.17 12:0.12
b:as_cheap 12:-0.12
b:as_chips 4:0.1 5:-0.11 11:0.34
b:as_fast 5:0.12
b:as_i 12:-0.13
b:as_long 0:0.16
b:as_promised 0:0.12 7:0.13
b:as_the 6:-0.13 7:-0.11 9:0.1
b:as_you 0:0.11
b:ask_about 2:0.18
b:ask_for 1:0.16 8:-0.12 13:0.13
b:ask_how 8:0.1
b:ask_me 9:-0.22
b:ask_us 13:-0.11
b:asked_about 1:-0.13 6:-0.11 11:0.12
b:asked_for 1:0.12 5:0.26 12:-0.24
b:asked_if 2:0.32 3:-0.1 6:-0.14
b:asked_the 0:-0.13 1:-0.17 2:0.11 5:-0.18 6:0.13 9:-0.14 13:-0.11
b:asked_what 4:-0.11
b:asking_for 13:0.12
b:asleep_on 8:-0.15
b:assistant_said 2:0.12
b:at_10 0:0.1
b:at_2 0:-0.1 13:0.23
b:at_3 7:0.1
b:at_6 0:0.17
b:at_7 0:0.13
b:at_8 0:0.16
b:at_9 0:0.16 7:0.16
b:at_a 5:-0.1 13:-0.11
b:at_all 2:-0.16 4:-0.12 8:0.24 12:0.12
b:at_closing 5:-0.1
b:at_every 5:0.12 13:0.17
b:at_her 8:0.12
b:at_home 0:-0.11 12:0.14
b:at_it 5:0.14 12:-0.19
b:at_lunchtime 2:0.11 5:0.16 13:0.11
b:at_me 1:0.11 8:-0.16
b:at_my 4:0.11
b:at_our 5:0.15 12:-0.1
b:at_the 1:0.3 2:0.14 3:-0.14 4:-0.15 7:-0.14 8:-0.12 12:0.29 13:-0.17
b:at_this 5:-0.1
b:at_£ 4:0.15 5:0.11
b:away_it 12:0.14
b:back_from 5:0.13
b:back_in 5:0.1
b:back_on 0:0.1
b:back_smelling 5:0.13
b:back_that 11:-0.14
b:back_to 5:0.15 7:-0.15 10:-0.18
b:back_twice 12:-0.2
b:back_with 3:0.13 9:0.16 12:-0.13
b:back_within 0:-0.18 13:-0.1
b:bad_for 7:0.12
b:bang_on 7:0.12
b:barely_warm 12:-0.13
b:basic_questions 2:0.1
b:basically_stopped 13:0.1
b:bathroom_and 2:0.11 10:-0.15
b:be_back 1:-0.12 5:-0.11
b:be_fair 3:0.12 5:0.2
b:be_fine 1:-0.11 2:0.13
b:be_nice 10:-0.11
b:be_ready 2:-0.11
b:because_i 13:0.1
b:because_it 1:0.14
b:because_nobody 13:-0.12
b:because_of 5:0.1 7:-0.18
b:because_the 1:-0.22 4:0.11 5:0.13 6:-0.23 7:-0.13 10:0.13 13:-0.13
b:because_they 6:0.19
b:bedroom_was 5:-0.12
b:been_cleaned 10:-0.11
b:been_given 5:0.13 12:0.13
b:been_going 13:0.11
b:been_kept 7:0.27
b:been_nicer 8:0.11
b:been_on 0:0.1
b:been_out 0:0.1 13:-0.12
b:been_told 0:-0.14 2:-0.14 10:-0.11
b:been_warned 11:0.12
b:before_doing 4:0.15
b:before_he 0:0.11 10:0.16
b:before_i 4:-0.11
b:before_id 7:0.15 13:0.13
b:before_she 9:0.11
b:before_the 1:-0.12 5:0.13 13:-0.12
b:before_with 13:0.14
b:beforehand_to 13:0.12
b:being_told 7:-0.12
b:believe_it 0:0.11 7:0.19 12:0.1
b:best_fade 12:0.23
b:best_in 3:-0.12 5:0.12 11:-0.14
b:best_value 4:0.22 5:-0.14 11:0.22
b:better_than 1:-0.22 5:0.23 9:0.12 11:0.11 12:0.28
b:bill_for 8:-0.1
b:bill_is 6:0.14
b:bill_was 4:0.18 11:-0.1
b:bill_without 5:0.18 12:-0.13
b:bin_day 13:-0.13
b:bin_men 5:0.29
b:bins_not 5:0.17 12:-0.17
b:bird_seed 12:0.1
b:bit_dear 11:-0.11
b:bit_of 3:0.12 5:-0.12
b:bloke_at 1:0.19
b:blood_on 8:0.14
b:blow_dry 11:0.17 12:-0.12
b:bone_dry 12:0.32
b:book_in 7:-0.1
b:booked_a 12:0.1
b:booked_my 5:0.1
b:booking_confirmation 6:0.15
b:bought_a 5:0.24
b:brakes_were 2:0.16
b:branch_to 13:-0.18
b:brand_new 0:0.17 5:0.17 7:0.13 12:0.18
b:breakfast_was 11:-0.11
b:brilliant_and 12:0.15
b:brilliant_at 2:0.16 9:0.11
b:broadly_positive 13:0.11
b:broken_in 12:-0.11
b:brought_the 5:-0.11 8:0.12 10:0.14
b:brown_water 5:0.12 7:-0.11 12:-0.11
b:budget_hotel 11:0.19
b:bulky_waste 4:-0.11
b:burnt_pizza 5:0.11
b:but_at 12:-0.17
b:but_everyone 8:0.12
b:but_had 0:0.14
b:but_he 5:-0.13
b:but_honestly 8:0.11 11:0.12
b:but_i 1:0.13 2:-0.13 7:-0.11
b:but_id 6:0.13 12:-0.11
b:but_it 4:-0.1 7:0.12
b:but_left 12:0.28
b:but_most 11:-0.15
b:but_not 12:-0.18
b:but_said 13:-0.12
b:but_several 5:-0.13
b:but_she 5:-0.14
b:but_the 3:0.15 4:0.42 5:0.58 7:-0.22 8:0.11 11:-0.23 12:-0.16
b:but_they 1:0.18 3:0.14 5:0.22 6:0.18 8:0.11 11:0.16 13:0.13
b:but_theyre 4:0.11
b:but_when 1:-0.15 6:-0.11
b:but_£ 5:0.14 12:0.51
b:by_9 8:0.14
b:by_a 12:-0.21
b:by_almost 10:0.14
b:by_email 6:0.12
b:by_hand 5:-0.11
b:by_name 1:0.19 8:0.12 13:0.1
b:by_step 6:0.11
b:by_the 6:-0.11 10:-0.28 11:0.11
b:by_which 7:-0.15
b:call_back 13:-0.13
b:call_centre 1:0.12
b:call_me 0:-0.2
b:call_out 5:0.1 11:-0.11
b:calling_the 2:0.11
b:calls_have 13:0.11
b:calls_under 1:0.11
b:came_at 0:0.11
b:came_back 2:0.12 3:0.11 12:-0.16
b:came_in 0:-0.18 5:-0.21 11:0.15 12:0.24
b:came_out 1:0.15 5:0.23
b:can_actually 13:0.11
b:can_get 5:-0.17
b:can_say 11:0.12
b:can_see 6:0.11
b:can_tell 1:0.12
b:cancelled_on 7:-0.11
b:cant_answer 2:0.12
b:cant_argue 4:0.16 11:0.29
b:cant_see 5:0.11
b:canteen_prices 4:-0.11
b:car_and 6:0.17
b:car_in 8:0.14
b:car_park 1:-0.16 6:-0.15
b:car_was 13:-0.14
b:car_wash 5:0.12
b:card_and 12:-0.11
b:care_home 1:-0.1 12:0.13
b:careful_with 5:0.12
b:carried_it 1:0.12
b:carrier_bags 11:-0.23
b:centre_cafe 5:-0.13
b:changing_rooms 3:0.26 10:-0.1
b:charge_for 4:0.15
b:charged_for 4:0.14 6:0.12 11:-0.14
b:charged_me 4:0.23 6:-0.16
b:charged_£ 5:0.14 11:-0.11
b:chase_them 13:0.13
b:chat_bot 6:0.11 13:-0.14
b:cheap_and 4:0.14 5:0.1 11:0.12 12:0.12
b:cheap_as 4:0.11 5:-0.12 11:0.35
b:cheap_at 11:-0.13
b:cheap_n 5:0.12
b:cheaper_than 4:0.13 11:0.23
b:cheaper_to 11:-0.26
b:cheapest_i 7:0.12
b:cheapest_mot 11:0.1
b:cheapest_quote 12:-0.14
b:check_and 0:0.1
b:check_in 0:0.2 2:-0.11 4:0.13 5:0.14 12:-0.18
b:chef_came 8:0.1
b:chewing_gum 1:-0.16
b:chicken_was 5:0.11
b:chips_and 5:0.1
b:chips_were 5:0.18 12:-0.26
b:choose_a 12:0.12
b:christmas_jumpers 1:-0.17
b:claims_discount 4:0.11
b:clean_and 3:0.13 4:0.12 8:0.11 10:0.12 11:-0.18
b:clean_that 13:-0.1
b:clean_up 3:-0.11
b:cleaned_every 10:0.2
b:cleaned_me 5:-0.16 11:-0.14
b:cleaned_once 10:-0.13
b:cleaned_up 3:0.21 10:0.1
b:cleaner_than 3:0.17 7:-0.12 10:0.19
b:cleaning_contract 10:0.15
b:clear_and 6:0.12 13:0.3
b:clearly_and 1:0.16
b:clearly_had 1:0.11 8:-0.1
b:clearly_knows 1:-0.15
b:clients_keep 11:-0.15
b:clinic_as 8:0.11
b:coach_is 1:0.11
b:cold_and 5:0.2 12:-0.11
b:cold_by 8:0.14
b:cold_waiting 0:0.15
b:collected_3 5:0.11 12:-0.13
b:collected_it 7:-0.12
b:colour_came 5:0.11
b:come_and 12:-0.12
b:come_back 5:0.16 12:0.23
b:come_on 5:0.12
b:coming_back 12:0.13
b:coming_out 5:0.16 7:-0.11
b:commenting_on 10:0.2
b:communication_from 6:0.11
b:compared_the 11:-0.13
b:compared_well 11:0.11
b:compared_with 11:0.12
b:complain_about 6:-0.11
b:complain_to 5:0.12
b:complaining_that 7:-0.14 13:0.15
b:complaint_about 12:0.14
b:complaints_about 7:0.18 10:0.14 13:0.12
b:complaints_have 12:0.12
b:confusing_and 13:-0.16
b:contract_was 11:-0.11
b:cook_the 9:0.1
b:cost_of 4:-0.11
b:cost_£ 4:0.11 11:-0.15
b:could_do 3:0.11
b:could_eat 10:0.12
b:could_find 7:0.12 10:-0.17
b:could_have 2:0.11
b:could_take 9:0.25
b:could_tell 0:0.12
b:couldnt_answer 9:-0.11
b:couldnt_believe 12:0.1
b:couldnt_complain 11:0.11
b:couldnt_do 8:0.12
b:couldnt_fault 1:-0.1
b:couldnt_have 1:0.19 2:-0.14
b:couldnt_tell 2:0.18 5:-0.19 9:-0.17
b:council_about 0:0.12
b:council_kept 12:0.14
b:council_tax 0:-0.12
b:counter_has 7:0.11
b:counter_staff 8:0.1
b:couple_of 12:-0.1 13:0.16
b:cracked_screen 5:0.13
b:credit_where 12:0.1
b:crisps_and 11:0.14
b:curry_was 8:-0.11
b:customer_toilets 3:0.14 10:-0.13
b:customers_actually 13:0.11
b:customers_are 7:-0.15 10:-0.12
b:customers_ask 2:0.13 9:-0.14
b:customers_end 5:0.11
b:customers_have 3:0.12 9:0.17 13:0.12
b:customers_keep 5:0.14 7:-0.2 12:-0.27
b:customers_love 12:0.17 13:0.12
b:customers_say 1:0.11 8:0.1 13:-0.17
b:customers_stand 0:0.12
b:customers_still 10:0.18
b:customers_the 2:0.16
b:customers_when 1:0.13
b:cut_and 11:0.19
b:cut_the 3:0.1 12:0.2
b:damp_smell 10:0.14
b:day_and 0:0.2 4:-0.12
b:day_delivery 7:-0.16 13:-0.13
b:day_had 13:-0.19
b:day_one 9:-0.11
b:daylight_robbery 0:-0.14 11:-0.12
b:days_after 7:0.26
b:days_ago 6:0.13
b:days_and 0:0.12
b:days_for 7:0.13
b:days_later 0:-0.17 4:-0.12
b:days_with 5:0.11 7:-0.11
b:dealt_with 0:0.17 10:0.11
b:dear_for 5:-0.12 11:-0.15
b:degree_to 13:-0.12
b:delay_repay 7:0.19
b:delivered_it 1:0.13 12:0.1
b:delivered_to 8:-0.1
b:delivered_with 6:0.12 13:0.12
b:delivery_and 7:-0.11
b:delivery_charge 4:0.12
b:delivery_driver 1:0.11
b:delivery_would 13:-0.1
b:dentist_is 11:0.15
b:dentist_was 6:0.1
b:depending_on 2:0.12 6:-0.1 9:0.11
b:described_as 2:0.23 3:0.14 5:0.2 10:0.22 13:0.18
b:described_the 2:-0.15 6:0.16 12:0.11 13:-0.23
b:desk_could 6:-0.1
b:desk_knew 1:0.11
b:did_a 0:0.13 5:0.32 12:0.16 13:-0.11
b:did_it 8:0.15
b:didnt_charge 0:0.12 7:0.12 11:0.18
b:didnt_even 1:0.15 8:-0.32
b:didnt_expect 10:0.1
b:didnt_get 5:0.12
b:didnt_have 6:-0.15 9:-0.14 13:0.11
b:didnt_just 9:0.11
b:didnt_know 1:-0.19 2:0.18 5:-0.13 6:-0.13 9:-0.13
b:didnt_mind 12:0.14
b:didnt_need 2:0.14 9:0.28
b:didnt_say 1:-0.11 6:0.17
b:didnt_try 1:0.14 8:0.16 11:-0.11
b:didnt_work 12:-0.15
b:different_answers 2:0.16 6:-0.11
b:direct_debit 4:0.12
b:dirty_look 8:-0.11
b:discount_for 1:0.1
b:discussed_the 5:0.15
b:discussion_of 0:-0.1
b:do_a 11:-0.13
b:do_enough 8:0.12
b:do_i 6:0.11
b:does_the 5:-0.15
b:doesnt_listen 13:-0.11
b:dog_died 1:0.13
b:doing_and 5:0.11
b:doing_anything 4:0.1
b:done_it 2:0.11
b:done_with 5:0.1
b:dont_have 5:0.1
b:dont_know 6:0.12 13:-0.1
b:dont_mind 0:-0.11
b:door_at 0:0.13 7:0.1
b:door_to 7:0.13
b:double_booked 5:0.14
b:down_on 11:0.12 12:0.12
b:down_the 1:-0.1 11:-0.13 12:-0.19
b:down_to 5:-0.13
b:dried_up 7:0.11
b:drivers_seat 3:0.11 5:-0.1
b:driving_record 3:-0.13
b:dropped_every 5:0.12
b:dropped_my 7:0.21
b:dropped_the 0:0.11 5:-0.1
b:dropped_to 10:0.16
b:dry_cleaner 5:0.22 12:-0.19
b:dry_cleaning 4:-0.13
b:due_the 6:0.13
b:dunno_why 11:0.11
b:dust_before 10:0.19
b:each_time 5:0.12 12:-0.1
b:ear_and 5:0.13
b:easy_to 5:0.1 6:0.16 7:0.12
b:eggs_were 8:0.15
b:eight_days 7:0.27
b:either_way 4:-0.12
b:elderly_customers 1:0.16
b:else_had 9:0.11
b:else_in 11:0.14
b:elses_tablets 2:0.13
b:email_saying 13:-0.13
b:email_with 13:0.12
b:emails_about 6:0.14 13:-0.1
b:emails_to 13:-0.12
b:end_of 11:0.14
b:end_up 13:-0.14
b:energy_supplier 7:0.1
b:engineer_left 3:0.1
b:engineer_was 0:0.16 12:-0.11 13:-0.2
b:enough_for 8:0.12
b:equipment_is 4:0.11
b:especially_the 4:-0.11
b:estate_agent 6:0.15
b:estate_agents 12:-0.11
b:even_asking 1:0.14
b:even_at 0:0.1
b:even_finished 0:-0.11
b:even_the 10:0.25
b:even_tho 8:0.14
b:even_though 2:-0.1
b:ever_had 11:-0.11
b:every_back 1:0.11
b:every_call 0:0.11
b:every_day 4:0.12 5:0.16 13:-0.17
b:every_hour 3:0.2 10:0.29
b:every_penny 4:0.14 11:0.31 12:0.12
b:every_stage 5:0.1 13:0.14
b:every_step 6:0.11 13:0.11
b:every_ten 5:0.15
b:every_time 3:-0.1
b:every_week 6:-0.18 10:-0.14 11:-0.13
b:every_year 11:-0.21
b:everyone_else 8:-0.15
b:everyone_said 5:0.13
b:exactly_how 2:0.17 5:0.12 9:0.14
b:exactly_what 0:0.16 1:-0.15 9:0.15 11:0.14 12:0.29
b:exactly_where 6:0.23 13:0.13
b:exactly_which 1:0.11 2:0.15 9:0.18
b:expect_much 12:0.11
b:expected_more 12:-0.23
b:explain_the 13:-0.23
b:explain_what 6:0.15
b:explain_why 2:0.12
b:explained_everything 1:0.12 6:0.11 13:0.16
b:explained_it 13:0.13
b:explained_the 6:0.11 13:0.14
b:explained_what 5:0.13
b:express_checkout 0:0.18 7:-0.18
b:extra_for 4:-0.13 7:-0.25
b:eye_test 4:0.12
b:eye_watering 1:0.1
b:fair_for 11:0.1
b:fair_play 11:0.12
b:fair_the 3:0.11
b:fantastic_value 11:-0.16
b:faster_than 5:0.13
b:fee_on 11:-0.14
b:fee_was 4:0.12 5:-0.16 11:0.1
b:feedback_from 13:0.13
b:feel_like 0:-0.13 1:0.1
b:fees_are 4:0.15
b:fees_on 4:0.16
b:fell_out 5:0.15 12:-0.13
b:felt_like 5:-0.17
b:felt_the 4:0.11 5:0.15
b:felt_they 11:-0.14
b:fibre_broadband 9:-0.13
b:film_was 12:0.14
b:final_bill 5:-0.1 6:0.15
b:finally_been 12:0.14
b:finally_came 13:-0.14
b:finally_got 9:0.25
b:find_a 10:-0.12
b:find_out 6:0.12 13:-0.14
b:find_the 11:-0.14 13:-0.13
b:finding_out 6:0.1
b:fine_for 0:-0.15
b:finished_explaining 6:-0.1
b:first_bill 7:0.11
b:first_go 2:0.16 8:0.14
b:first_place 12:-0.11
b:first_time 5:-0.16 7:0.19 12:0.17 13:0.21
b:fish_counter 2:0.13
b:fitted_are 11:-0.14
b:five_days 7:-0.19
b:five_minutes 7:0.11
b:five_stars 5:0.11
b:fiver_for 11:0.16
b:fix_a 7:0.13
b:fix_the 5:0.14
b:fixed_after 7:-0.15
b:fixed_my 4:0.11 11:0.12
b:fixed_the 5:0.16 12:0.11
b:flat_and 12:-0.34
b:flat_white 5:0.12 11:0.11
b:flea_treatment 11:-0.13
b:flights_and 12:0.1
b:fly_tipping 0:0.13
b:fly_to 11:-0.31
b:focus_group 4:0.12
b:food_was 5:0.14 10:-0.15 11:-0.14 12:-0.17
b:for_25 8:-0.11
b:for_9 0:0.12
b:for_a 2:0.14 3:0.11 4:0.27 7:0.15 8:0.22 9:-0.17 10:-0.15 11:0.45 12:-0.34 13:-0.11
b:for_an 0:-0.12 4:0.12 11:-0.14
b:for_anyone 0:-0.12 12:-0.11
b:for_asking 8:-0.12
b:for_broadband 11:-0.21
b:for_collection 7:-0.15 13:-0.13
b:for_customers 12:0.14
b:for_days 0:-0.13 1:-0.11
b:for_her 1:0.14
b:for_his 9:0.1
b:for_it 4:0.14 8:0.21
b:for_me 0:0.1 2:0.1 5:-0.12 9:0.1 13:0.26
b:for_months 9:0.12
b:for_more 13:0.16
b:for_my 2:-0.13 6:0.12 12:-0.12
b:for_new 5:0.16 12:-0.11
b:for_next 4:-0.17 7:-0.26
b:for_nothing 4:0.18
b:for_once 1:-0.12 12:0.15 13:0.15
b:for_over 0:0.11 6:-0.1
b:for_parking 11:-0.16
b:for_repair 7:0.19
b:for_six 11:-0.11
b:for_someone 0:0.2 7:-0.1
b:for_ten 7:-0.11
b:for_that 12:-0.16
b:for_the 0:0.37 2:-0.28 5:0.27 6:0.13 8:-0.17 9:-0.21 12:0.35
b:for_their 7:0.14
b:for_three 12:0.11
b:for_twenty 2:0.1
b:for_two 2:-0.1 6:-0.11 11:0.27
b:for_weeks 0:-0.18 3:0.12
b:for_what 4:0.16 5:-0.18 11:-0.13 12:-0.14
b:for_you 8:0.11
b:for_£ 0:-0.1 1:-0.13 5:0.19 9:-0.1 11:0.33
b:forgot_the 5:0.16 12:-0.12
b:forty_minutes 5:0.1 7:-0.16 13:-0.11
b:found_a 9:0.1
b:found_it 1:0.12 6:-0.1 10:0.12
b:found_out 2:-0.15 4:0.13 12:0.16 13:-0.15
b:found_the 2:0.24 5:0.14 9:0.24 13:-0.14
b:four_minutes 5:-0.11
b:four_times 6:0.22 13:-0.14
b:four_weeks 12:0.12
b:four_years 5:0.13
b:fraud_team 0:0.16
b:free_bench 0:0.14 7:-0.2
b:free_machine 0:0.15 5:-0.1 7:0.12
b:free_parking 4:-0.2
b:free_to 12:-0.13
b:freezing_and 5:0.14 12:-0.13
b:friday_is 0:0.13 7:-0.1
b:friendly_and 1:0.13 2:0.14
b:friendly_the 1:0.11
b:from_a 8:0.14 10:0.12 12:0.14
b:from_here 12:-0.18
b:from_my 13:-0.11
b:from_one 2:0.11
b:from_the 2:-0.12 3:0.16 4:0.12 6:0.47 7:0.14 10:-0.18 13:-0.15
b:from_us 11:-0.15
b:from_£ 6:0.1
b:front_garden 3:0.15 10:-0.11
b:front_of 9:-0.16
b:front_room 5:0.11
b:frustration_was 4:0.1
b:full_of 2:-0.16 6:0.13 7:0.11 12:-0.13 13:-0.12
b:garage_told 9:0.3 11:0.1
b:garden_centre 9:0.12
b:gave_me 2:0.17 6:0.12 8:-0.1 9:-0.23
b:gave_up 5:-0.23 7:-0.16
b:gave_us 5:0.11
b:genuinely_lovely 5:0.1
b:get_a 1:0.1 11:0.18
b:get_an 2:0.11
b:get_it 11:-0.1 12:-0.17
b:get_the 5:-0.1 11:-0.27
b:get_through 0:0.21 6:-0.12 7:-0.12
b:get_to 0:0.15
b:get_what 5:0.14
b:getting_through 0:0.13
b:give_them 0:0.11 6:0.12
b:glad_i 12:0.14
b:go_and 2:0.13 8:0.16
b:go_back 12:-0.15
b:going_on 6:0.14
b:gone_by 7:0.11
b:gone_downhill 1:0.11
b:gone_up 0:-0.12 6:-0.15
b:good_day 12:-0.13
b:good_morning 1:0.16
b:got_a 6:0.18 8:-0.3 12:-0.1
b:got_back 12:-0.2
b:got_charged 0:-0.14
b:got_me 6:-0.11
b:got_my 2:0.16 8:0.14 9:0.11
b:got_proper 9:0.26
b:got_the 0:0.22 2:-0.15 7:0.19 12:0.21 13:0.15
b:got_there 7:-0.15 13:-0.13
b:got_through 0:0.15 7:-0.13
b:got_told 0:-0.11
b:got_us 1:0.11
b:gp_to 9:0.13
b:gr_8 5:0.24 12:0.2
b:great_to 10:-0.13
b:great_value 11:0.31
b:gripe_is 3:0.11 7:0.1
b:group_2 10:0.14
b:group_nodded 8:0.11
b:group_were 0:0.15 1:0.15
b:gym_is 0:0.16
b:had_a 2:-0.17 5:-0.21 7:0.22 12:0.13 13:0.15
b:had_been 0:-0.16 2:-0.17 5:0.16 10:0.12
b:had_changed 13:-0.17
b:had_failed 13:0.1
b:had_gone 7:-0.1
b:had_got 5:0.12
b:had_in 5:0.12
b:had_it 0:0.24 7:0.15
b:had_last 5:0.12 12:-0.15
b:had_missed 2:0.23 5:-0.2 9:0.25 12:0.15
b:had_never 5:0.12
b:had_no 6:-0.16 7:-0.11 9:-0.16
b:had_quoted 9:0.15 11:0.1
b:had_someone 0:0.12 7:0.18 13:0.12
b:had_that 6:0.12 13:0.1
b:had_the 0:0.12 5:0.1 6:-0.11 7:0.12 9:0.11 12:0.11
b:had_to 0:-0.25 4:-0.1 6:0.19 8:-0.14 9:-0.42 12:-0.17
b:had_tried 5:0.14
b:hair_in 3:0.12 5:-0.15 10:-0.16
b:half_an 0:0.12 4:0.13 11:0.12
b:half_of 0:-0.13
b:half_past 12:0.11
b:half_the 1:-0.16 2:0.29 4:-0.13 5:0.15 9:-0.17 11:-0.14 12:-0.23
b:half_what 11:0.18
b:hand_dryers 10:0.18
b:happily_pay 11:0.1
b:happy_hour 4:0.11 11:0.25
b:happy_to 11:0.12
b:has_come 5:0.15
b:has_finally 10:0.16
b:has_gone 1:0.14 4:0.13
b:hasnt_been 6:-0.11
b:have_a 2:0.15 6:-0.11 9:-0.12
b:have_basically 13:0.1
b:have_been 1:0.24 7:-0.25 8:0.16 9:-0.11 10:-0.3
b:have_dropped 10:0.2
b:have_fed 11:-0.18
b:have_nearly 12:0.12
b:have_noticed 7:0.11
b:have_said 2:-0.11 6:0.16 13:0.12
b:have_started 3:0.16 10:-0.16 13:0.1
b:have_stopped 9:0.17 10:0.16
b:have_to 5:-0.19 13:0.21
b:having_to 13:0.1
b:he_did 8:0.17
b:he_fitted 11:-0.14
b:he_found 3:0.11 10:0.12
b:he_left 10:0.13
b:he_said 0:0.17 7:0.19 11:0.13 12:0.12
b:he_saw 8:0.2
b:he_was 0:0.18 4:-0.11 5:0.16 12:0.24 13:0.26
b:he_would 0:0.16 7:0.11
b:head_office 6:-0.22
b:headsets_mean 13:0.1
b:hear_the 11:-0.14
b:hear_us 6:0.11 13:0.19
b:hed_be 0:0.16
b:help_with 6:-0.11
b:helping_me 0:-0.1
b:her_stuff 1:-0.14
b:her_time 0:-0.12
b:high_st 5:-0.14
b:higher_than 11:-0.18
b:hired_a 12:0.11
b:his_phone 0:-0.1 1:0.1
b:his_stuff 1:0.11 2:0.11 8:-0.13
b:his_time 0:-0.11
b:his_way 13:-0.13
b:hold_music 0:0.19 7:-0.15
b:hold_times 0:0.15 7:0.19
b:hold_to 6:-0.1
b:home_lol 12:0.12
b:honestly_i 4:0.15
b:honestly_the 0:-0.13 4:0.14
b:hook_up 12:-0.11
b:hoovered_up 3:0.12 10:0.31
b:hospital_for 11:-0.2
b:hotel_breakfast 5:0.11
b:hotel_room 5:-0.11
b:hour_and 5:0.13 10:0.18
b:hour_at 0:-0.12
b:hour_before 0:0.1
b:hour_is 7:0.15
b:hour_window 6:0.12
b:hours_and 0:-0.12 13:0.14
b:hours_at 7:-0.11
b:hours_late 6:0.12 13:-0.1
b:hours_on 0:0.12
b:how_friendly 1:0.11
b:how_long 9:0.1
b:how_much 4:-0.13 11:0.12
b:how_our 8:0.1
b:how_they 4:-0.12
b:how_to 2:0.22 5:0.1
b:hrs_in 7:-0.16
b:i_am 0:-0.1
b:i_asked 1:0.11 4:-0.15 5:-0.14 6:0.15 8:-0.16 9:0.15 13:-0.12
b:i_booked 5:0.15 12:0.17
b:i_brought 8:0.12
b:i_can 1:-0.11 5:0.21 6:-0.18 12:0.18 13:0.16
b:i_checked 2:0.19 9:-0.13
b:i_could 1:-0.11 2:0.15 7:0.11 10:-0.19 11:-0.17
b:i_did 2:0.11
b:i_didnt 4:0.14 6:-0.12 7:0.13 9:0.42 10:0.1
b:i_dont 0:-0.14 4:0.17 11:0.25
b:i_emailed 5:0.11
b:i_expected 11:-0.15 12:-0.24
b:i_genuinely 12:0.18
b:i_got 0:0.34 1:0.16 5:0.1 7:-0.14 9:-0.13
b:i_had 0:-0.25 6:0.28 8:-0.11 9:-0.1 11:-0.25
b:i_have 4:-0.12
b:i_honestly 5:0.1
b:i_just 9:-0.11
b:i_know 13:0.23
b:i_needed 0:-0.15 2:0.11 5:-0.13 6:-0.19 9:-0.14
b:i_only 2:-0.1 8:0.17 13:-0.12
b:i_ordered 7:-0.21
b:i_rang 0:0.23 6:-0.2 7:-0.17 13:-0.16
b:i_said 1:0.14 5:0.11 8:-0.12
b:i_saw 11:0.14
b:i_still 5:-0.12
b:i_understood 13:0.16
b:i_waited 0:0.14 7:0.12 11:0.13
b:i_wanted 1:0.11
b:i_was 0:-0.12 1:0.41 2:-0.28 6:0.27 7:-0.12 11:0.12
b:i_went 9:-0.13
b:i_wouldnt 8:-0.14
b:id_already 6:0.15 13:-0.11
b:id_asked 8:0.13
b:id_been 2:0.2 5:-0.15 9:0.11
b:id_call 11:0.13
b:id_even 13:0.13
b:id_give 12:0.14
b:id_never 2:-0.11 5:0.17
b:id_rather 6:0.12 11:0.1 12:-0.12
b:idea_how 5:0.13
b:if_a 13:0.1
b:if_i 9:0.12 10:-0.15
b:if_the 2:0.33 3:-0.11 6:-0.13
b:if_they 4:-0.1 10:-0.11
b:if_we 11:-0.13
b:im_a 6:0.12
b:immediately_which 11:-0.14
b:impossible_to 6:0.15
b:in_2 7:0.15
b:in_20 0:0.14 11:0.1
b:in_25 0:0.12 7:0.18
b:in_a 0:0.15 2:0.19 3:0.15 5:0.14 6:-0.11
b:in_and 0:0.13 2:-0.18 5:-0.15 10:0.23 13:0.16
b:in_august 7:-0.15
b:in_between 0:0.19
b:in_centre 7:-0.1
b:in_five 12:-0.11
b:in_for 1:0.18 2:0.18 3:0.12 6:-0.11 7:0.23
b:in_front 9:-0.16
b:in_full 5:0.11 6:0.1
b:in_general 4:-0.11
b:in_house 10:0.14
b:in_january 0:0.18 7:-0.13
b:in_june 0:0.11 7:-0.13
b:in_london 11:-0.15
b:in_march 0:0.14 7:-0.25
b:in_months 5:0.21 12:0.14
b:in_my 0:0.16 6:0.14 7:0.1 11:-0.15
b:in_on 7:-0.21 12:0.12
b:in_one 0:-0.14 2:0.22
b:in_plain 13:0.18
b:in_reception 1:-0.12
b:in_stock 2:0.15 9:-0.11
b:in_store 1:-0.11 8:-0.16 12:-0.14
b:in_ten 6:-0.12 7:0.13
b:in_that 10:0.12
b:in_the 0:-0.26 3:0.41 5:0.35 7:-0.32 9:-0.17 10:-0.46 11:-0.35 12:-0.22 13:0.13
b:in_them 2:0.14 9:0.12
b:in_three 2:-0.11 7:0.28 12:-0.12 13:0.14
b:in_to 0:-0.18 5:-0.12
b:in_town 4:0.23 12:0.19
b:in_two 1:-0.1 5:0.17
b:in_under 12:0.14
b:in_week 0:0.16 7:-0.11
b:in_years 5:0.13 11:0.14
b:in_£ 12:0.1
b:info_desk 6:-0.17
b:inside_out 2:0.13 9:0.15 11:0.14
b:installer_drilled 5:0.12 12:-0.15
b:instead_of 7:0.26 9:0.12 13:0.15
b:instructors_were 5:0.13
b:into_the 5:-0.1
b:is_a 1:0.1 2:-0.14 10:-0.14 13:-0.13
b:is_already 5:0.12 12:-0.14
b:is_always 0:0.23 1:0.1 7:-0.16
b:is_brilliant 6:0.12
b:is_coming 10:-0.11
b:is_excellent 6:0.11
b:is_half 11:-0.12
b:is_lovely 13:0.13
b:is_no 5:0.13
b:is_now 13:-0.14
b:is_spotless 12:-0.12
b:is_steep 11:0.18
b:is_taking 7:-0.1
b:is_that 1:0.11
b:is_the 2:-0.13 4:0.2 5:0.24 7:0.13 11:0.3 13:0.12
b:is_too 5:0.19
b:is_up 6:0.2
b:is_£ 0:-0.1
b:isa_allowance 9:-0.12
b:isnt_cheap 11:-0.22
b:it_a 2:0.11
b:it_all 12:0.15 13:0.12
b:it_and 7:-0.17 13:0.1
b:it_arrived 0:0.16
b:it_back 0:0.17 7:0.1
b:it_came 6:0.1
b:it_didnt 0:-0.13
b:it_even 13:-0.13
b:it_every 11:-0.15
b:it_felt 5:-0.11
b:it_fixed 12:-0.14
b:it_for 3:0.1 6:-0.14
b:it_from 11:-0.15
b:it_had 0:-0.19 6:0.16 8:0.1 11:0.12 13:0.13
b:it_in 0:0.11 7:-0.11 12:0.29
b:it_is 5:-0.16 7:0.16 11:-0.11
b:it_isnt 2:0.12 5:0.12 12:-0.13
b:it_myself 9:-0.11
b:it_needs 9:0.12
b:it_no 6:0.13 13:0.12
b:it_off 11:0.13
b:it_on 13:0.1
b:it_should 0:-0.11
b:it_shows 12:-0.11
b:it_still 4:-0.13 5:-0.15
b:it_the 4:0.11
b:it_there 8:0.15
b:it_to 12:0.11
b:it_too 12:-0.19
b:it_took 0:0.11 4:-0.16 9:0.1 13:-0.14
b:it_turned 7:-0.29
b:it_up 1:0.18 9:0.16 12:0.17
b:it_was 1:-0.17 2:0.12 5:0.22 6:-0.1 7:0.21 8:-0.12 12:0.5
b:it_wasnt 5:0.14 7:-0.1 12:-0.23
b:it_with 9:0.12
b:itd_be 0:0.11 7:0.16
b:its_due 12:0.1
b:its_much 6:0.13
b:its_my 1:0.15 8:-0.12
b:its_now 0:0.26 7:-0.32
b:itself_is 12:0.11
b:itself_was 3:0.1 5:0.28 11:-0.11 12:0.15
b:ive_been 12:-0.1
b:ive_ever 4:0.14 10:-0.27
b:ive_had 0:-0.1 1:0.19 2:-0.14 3:0.11
b:ive_worked 2:0.1
b:job_on 5:0.15
b:just_got 13:0.14
b:just_kept 6:0.13 13:-0.11
b:just_not 8:-0.17
b:just_shrugged 1:0.11 8:-0.15 12:-0.13
b:keep_calls 1:0.11
b:keep_complaining 7:-0.15
b:keep_my 8:0.14
b:keep_pointing 11:-0.15
b:keep_saying 0:-0.12
b:keep_telling 12:-0.19
b:keep_the 8:0.11
b:kept_coming 12:0.11
b:kept_me 13:0.12
b:kept_saying 6:0.11
b:kept_sending 6:0.1 13:-0.13
b:kept_us 6:0.22 13:0.26
b:kept_waiting 7:0.3
b:kind_and 13:0.11
b:kind_but 8:0.11
b:kitchen_fitter 1:0.11
b:knee_in 5:0.14
b:knew_every 1:0.16 2:0.11
b:knew_exactly 0:0.14 2:0.13 9:0.24 12:0.11
b:knew_straight 12:0.15
b:knew_the 1:-0.21 2:0.23 9:0.15 11:0.12
b:know_how 2:0.14
b:know_if 9:0.1
b:know_it 12:0.11
b:know_the 2:0.1 9:-0.15
b:know_their 2:0.22 9:0.24
b:know_what 2:-0.1
b:knowledgable_and 5:0.1
b:knowledgeable_and 9:0.13
b:knows_more 9:0.1
b:lad_on 0:-0.13 1:0.12 2:0.18
b:lady_on 1:0.13 8:0.14
b:lady_said 6:-0.1
b:lady_was 13:0.12
b:laptop_in 7:0.21
b:last_place 8:0.15 10:0.14
b:last_visit 12:-0.13
b:last_week 7:-0.11
b:lasts_for 12:0.16
b:late_and 0:0.16 6:0.2 13:-0.18
b:later_i 11:-0.11
b:later_than 7:-0.12
b:law_degree 13:-0.12
b:leaves_the 10:-0.16
b:left_a 0:0.13
b:left_half 5:0.12 12:-0.13
b:left_in 9:0.15 11:0.1
b:left_my 5:0.17
b:left_on 7:0.11
b:left_the 1:0.16
b:leisure_centre 2:-0.1 5:-0.12
b:less_than 11:0.2
b:let_me 6:0.1 13:-0.12
b:letter_explaining 13:-0.15
b:letters_from 6:0.13
b:like_a 1:0.15 6:-0.11 12:-0.12 13:0.13
b:like_he 12:0.11
b:like_i 1:0.13 8:-0.16
b:like_it 12:-0.1
b:like_sleeping 5:0.12
b:like_the 12:0.16
b:like_youre 8:-0.13
b:liked_that 13:0.13
b:list_for 0:0.17
b:list_inside 11:0.12
b:listened_to 6:0.13 11:0.1 13:0.1
b:loads_of 6:0.15 13:0.13
b:locum_gp 9:-0.15
b:long_as 0:0.12
b:look_at 0:-0.18
b:looked_up 1:0.15 2:-0.14 8:-0.12
b:looking_like 5:0.16
b:looks_brand 0:0.21 5:0.13 7:0.17 12:0.13
b:lost_a 5:0.16 12:-0.1
b:lot_for 11:0.14
b:lot_of 1:0.2 8:0.13 13:-0.37
b:lots_of 11:0.15
b:love_how 0:0.1
b:love_it 0:0.11 3:-0.11
b:love_paying 11:-0.13
b:love_that 12:0.12 13:0.17
b:love_the 6:0.17
b:loved_it 5:-0.11
b:lovely_and 1:0.18 5:0.14 8:-0.1
b:lovely_but 3:0.13 10:-0.12 12:-0.1
b:lovely_people 12:-0.19
b:lovely_to 0:-0.14 1:-0.11 8:-0.1
b:loving_the 11:-0.23
b:loyalty_card 11:0.1
b:luckily_i 2:0.13
b:lunch_break 0:0.13 6:-0.11 7:-0.12
b:lunch_deal 5:-0.12 11:0.16
b:made_a 12:0.19
b:made_me 8:0.19
b:main_frustration 4:0.15
b:make_it 11:-0.14
b:make_me 11:0.15
b:man_at 9:-0.12
b:managed_to 11:0.15
b:march_and 6:0.1
b:me_a 2:-0.24 4:0.12 6:0.13
b:me_about 2:0.22 9:0.18
b:me_and 13:-0.14
b:me_at 5:0.17 11:-0.12
b:me_back 0:-0.29 6:0.13 13:-0.18
b:me_before 13:0.13
b:me_by 13:0.1
b:me_every 6:0.11
b:me_exactly 2:0.11 6:-0.11 9:0.15
b:me_feel 1:0.14 8:0.24
b:me_for 2:0.12 9:0.14
b:me_i 2:0.14 5:-0.11
b:me_in 0:0.15
b:me_my 1:-0.21 2:0.27 4:-0.1 9:-0.24
b:me_not 9:0.16 11:0.25
b:me_off 0:0.11
b:me_out 5:-0.17 11:-0.14
b:me_running 8:0.14
b:me_the 1:-0.2 2:0.29 5:-0.14 6:0.1 8:-0.14
b:me_three 2:0.12
b:me_through 12:0.11
b:me_to 2:-0.13 5:0.14 6:0.19 8:-0.1
b:me_what 9:-0.13
b:me_when 1:-0.11 2:-0.11
b:me_which 9:-0.11
b:me_why 0:0.1
b:me_within 7:0.11
b:me_£ 6:-0.15
b:meal_deal 12:0.15
b:meant_to 2:0.14 9:-0.12
b:mechanic_found 0:-0.12 2:0.1 9:0.11
b:mechanic_was 6:0.1
b:members_said 1:0.1 8:0.11
b:men_were 5:0.16
b:mentioned_the 5:0.16
b:menu_is 4:0.11 12:0.11
b:meter_stopped 5:0.11
b:mind_paying 5:0.1 12:0.14
b:mins_late 6:0.17
b:minutes_and 1:0.12 7:0.16
b:minutes_flat 0:-0.12 1:0.11 9:0.12
b:minutes_late 1:-0.1
b:minutes_of 0:0.17
b:minutes_on 5:-0.12
b:minutes_while 0:0.1
b:missed_a 5:0.1 12:0.24
b:missed_delivery 12:0.12
b:missed_it 2:0.12
b:missed_our 12:-0.13
b:missed_the 11:0.15
b:missed_three 0:-0.12 5:0.11 12:-0.12
b:moan_that 5:0.11
b:mobile_networks 8:-0.16
b:moderator_note 6:-0.13 13:-0.15
b:moderator_summary 13:0.13
b:monday_and 0:0.12 7:0.12
b:money_well 7:-0.12
b:month_and 12:-0.15
b:more_before 13:-0.13
b:more_than 7:0.14 8:0.13 9:0.12 11:-0.11 13:0.12
b:morning_to 6:0.12
b:most_felt 5:-0.1 11:-0.22
b:most_of 0:0.11 5:-0.14 6:-0.13
b:most_said 8:0.13
b:mot_passed 5:-0.12
b:moved_out 7:-0.11 12:0.11
b:much_from 12:0.11
b:much_they 11:0.13
b:muy_bien 5:0.12
b:my_account 6:0.15 13:0.1
b:my_bin 13:-0.15
b:my_blood 2:0.1 8:0.14
b:my_brakes 2:0.15 9:-0.13
b:my_car 3:0.14 7:-0.17 12:-0.13 13:-0.15
b:my_card 0:0.13
b:my_complaint 12:0.14
b:my_daughter 5:0.11 12:0.15
b:my_daughters 5:0.13
b:my_drive 12:0.17
b:my_english 13:0.13
b:my_gp 7:-0.1
b:my_hip 11:-0.13
b:my_husband 1:0.18 8:-0.19
b:my_isa 2:0.12 9:-0.15
b:my_laptop 7:0.21
b:my_last 7:0.18
b:my_lunch 0:0.12
b:my_mum 13:0.11
b:my_name 2:-0.11
b:my_old 0:-0.24 1:-0.12 2:0.13 6:-0.13 11:0.1
b:my_only 6:0.12
b:my_own 5:0.11
b:my_parcel 5:0.2 8:-0.11 12:-0.17
b:my_prescription 5:-0.1 9:-0.13
b:my_sleeve 12:0.1
b:my_son 1:0.12
b:my_sons 9:0.11
b:my_squat 1:-0.12
b:my_symptoms 9:-0.16
b:n_the 5:0.18
b:near_the 5:0.1
b:need_it 10:-0.12
b:needed_a 9:-0.11
b:needed_replacing 9:0.12
b:never_a 0:0.2 7:-0.23
b:never_again 5:-0.15
b:never_been 10:0.25
b:never_got 6:0.12
b:never_once 0:-0.13 1:0.1 6:-0.12 7:0.11 13:0.17
b:new_and 4:0.11 5:0.16 11:-0.19
b:new_app 6:-0.13
b:new_booking 5:-0.1
b:new_car 6:0.11
b:new_coffee 5:0.13
b:new_handset 2:0.13 9:0.11
b:new_headsets 13:0.12
b:new_menu 4:0.15
b:new_phone 1:-0.16
b:new_starters 2:0.11 9:-0.11
b:next_day 4:-0.22 5:-0.13 7:-0.49
b:next_door 1:-0.13 5:0.11
b:next_morning 0:0.21 3:0.14 7:0.34 13:0.12
b:next_week 10:-0.11
b:ngl_the 8:0.21
b:nice_if 10:-0.11
b:nice_of 6:0.14 12:-0.14
b:nice_touch 8:0.18
b:nice_work 0:-0.1 5:-0.16
b:night_before 7:0.11
b:nine_days 0:-0.13
b:no_better 12:-0.1
b:no_call 0:0.15
b:no_claims 4:0.12
b:no_email 7:-0.12
b:no_fuss 6:0.11 8:0.15 13:0.15
b:no_idea 9:-0.14
b:no_longer 13:0.12
b:no_more 7:0.1
b:no_one 0:0.1 1:-0.11 2:-0.11 4:-0.11 5:-0.13 6:0.3 7:-0.11 13:-0.21
b:no_queue 7:0.12
b:no_quibbles 13:0.12
b:no_surprises 4:-0.1
b:no_upsell 1:0.1
b:no_warning 5:0.13
b:nobody_at 2:0.12 9:-0.11
b:nobody_cared 12:0.14
b:nobody_else 9:0.11
b:nobody_ever 6:0.11
b:nobody_felt 0:0.1
b:nobody_had 2:0.12 5:0.12 6:0.11 11:-0.1
b:nobody_in 12:0.14
b:nobody_knows 2:-0.11
b:nobody_mentioned 6:0.1
b:nobody_told 6:0.12
b:nobody_updated 13:-0.11
b:nobody_was 1:-0.17 6:-0.1
b:noise_from 12:0.19
b:none_of 2:0.11
b:not_a 4:-0.12 10:0.24
b:not_as 12:-0.13
b:not_cheap 3:-0.1 4:0.14 5:0.18 11:-0.28 12:0.27
b:not_collected 5:0.17 12:-0.17
b:not_complaining 7:0.11 11:0.21
b:not_get 7:-0.14
b:not_in 8:-0.28
b:not_once 7:0.29 8:0.11
b:not_one 0:-0.15 6:-0.1 12:-0.12
b:not_rude 8:-0.12
b:not_so 12:-0.11 13:0.13
b:not_the 4:0.15 5:0.13 11:-0.31 12:0.21
b:not_to 0:0.1 9:0.19
b:not_unhelpful 1:0.12
b:not_what 5:-0.14
b:not_work 12:-0.13
b:note_on 13:0.12
b:nothing_about 9:-0.12
b:nothing_to 1:-0.1 5:-0.17 6:-0.11 13:0.11
b:now_text 13:0.11
b:now_the 13:-0.13
b:oat_milk 5:0.12
b:of_a 0:0.28 1:0.13 2:-0.12 5:-0.17
b:of_being 9:0.1
b:of_bird 12:0.1
b:of_complaints 0:0.11
b:of_damp 5:-0.11 10:-0.12
b:of_date 2:0.12
b:of_dust 10:0.13
b:of_her 12:-0.1
b:of_his 2:0.1
b:of_it 5:0.13
b:of_me 8:-0.14 9:-0.15
b:of_money 11:-0.12
b:of_my 2:-0.12 3:-0.11 6:0.17
b:of_our 0:0.13 5:-0.18
b:of_staff 8:-0.16
b:of_ten 12:0.14
b:of_the 1:-0.1 5:0.18 8:0.11 11:0.18 12:0.12 13:0.18
b:of_them 1:0.14 6:0.16
b:of_us 3:-0.14 6:-0.13 12:-0.12
b:of_water 5:-0.12
b:of_wee 10:-0.11
b:of_£ 0:0.16
b:off_and 2:0.12
b:off_at 0:0.17 5:-0.1 7:0.12
b:off_for 0:-0.23
b:off_it 8:0.21 12:0.1
b:off_the 5:0.27 10:0.21 11:0.11 12:-0.28
b:off_their 8:0.11
b:oh_brilliant 6:-0.12
b:oh_wait 6:0.12
b:ok_for 2:0.12
b:old_one 12:0.13
b:older_customers 1:0.11 8:0.11 13:-0.18
b:older_members 1:0.14 8:0.13
b:older_participants 8:-0.1
b:on_a 0:0.3 2:-0.16 3:0.12 5:0.19 7:-0.24 10:0.12 11:-0.23 12:0.17
b:on_and 4:-0.1 5:0.12 9:0.11 12:0.15
b:on_day 9:-0.1 13:0.1
b:on_his 1:0.17 8:-0.26 13:-0.17
b:on_hold 0:0.47 1:-0.13 5:-0.14 6:-0.11
b:on_how 1:0.12 8:0.12
b:on_it 3:0.16 5:0.13 12:-0.13
b:on_me 7:-0.11 13:-0.11
b:on_monday 0:0.17
b:on_my 2:-0.17 5:0.23 7:0.15 12:0.35
b:on_our 2:0.12 4:-0.15 5:0.15 9:0.11
b:on_reception 1:0.15
b:on_saturdays 6:0.1 7:-0.1
b:on_that 10:0.21
b:on_the 1:0.23 2:0.16 5:-0.25 7:0.38 9:-0.22
b:on_three 12:-0.11
b:on_thursday 7:-0.21
b:on_time 0:0.22 5:0.17 6:0.17 7:0.3 12:0.1
b:on_top 6:0.17 11:-0.16
b:on_tuesday 0:-0.1
b:on_who 2:0.12 9:0.11
b:once_a 10:-0.18
b:once_had 7:0.11 13:0.14
b:once_in 7:0.18 12:0.14
b:once_made 0:-0.11
b:one_and 0:-0.11
b:one_at 11:0.17
b:one_had 0:-0.11
b:one_hour 6:0.12 7:0.1 13:0.2
b:one_lady 9:-0.13
b:one_of 6:-0.11
b:one_participant 0:0.1 7:-0.1 13:-0.11
b:one_person 7:-0.12
b:one_session 2:0.15 9:0.11
b:one_told 0:0.11
b:ones_were 2:0.1
b:online_and 7:0.13 11:-0.13
b:online_booking 13:0.11
b:only_3 7:-0.12
b:only_found 2:-0.11
b:only_gripe 3:0.11 7:0.11
b:only_one 3:0.11 4:-0.11 11:0.14
b:only_reason 11:0.16
b:only_took 5:-0.1
b:only_£ 11:-0.2
b:opening_hours 0:-0.16
b:opinions_on 8:-0.18
b:or_not 10:-0.12
b:order_said 0:0.13 7:-0.15
b:order_was 8:-0.1
b:ordered_a 0:0.11 2:-0.1 5:0.15
b:ordered_at 0:0.11 7:0.1
b:ordered_it 7:-0.21
b:other_peoples 3:0.11
b:our_dogs 5:0.1
b:our_drinks 8:-0.1
b:our_fees 11:-0.11
b:our_house 12:0.13
b:our_road 0:0.19 7:-0.13 12:0.1
b:our_room 5:0.11
b:our_street 12:-0.18
b:our_table 10:-0.11
b:our_team 7:0.11
b:our_toilets 10:0.11
b:our_waiter 5:0.11
b:our_wedding 0:-0.14
b:out_about 13:-0.12
b:out_and 1:-0.1 8:-0.11 11:0.12
b:out_by 5:0.12
b:out_every 6:-0.11
b:out_exactly 2:0.11
b:out_in 0:0.13 7:0.31 12:-0.14
b:out_looking 5:0.15
b:out_my 6:0.15 13:-0.14
b:out_of 5:0.11 7:-0.13 12:-0.18 13:0.1
b:out_that 11:-0.17
b:out_the 0:0.2 7:-0.16 9:-0.15
b:out_to 1:0.1 8:0.16
b:out_when 11:-0.14
b:out_which 12:0.12
b:out_within 7:0.21
b:over_a 0:0.15
b:over_the 3:0.18 4:0.14 5:0.12 9:0.23 10:-0.2 11:0.17
b:overdraft_fees 4:0.1
b:own_brand 5:0.12
b:owner_has 10:0.16
b:paid_for 5:0.19 7:-0.13
b:paid_out 7:0.3
b:paid_the 5:0.12
b:paid_£ 0:0.28 4:-0.12 7:-0.21 12:-0.13
b:paint_was 2:0.11
b:parcel_arrived 12:0.23
b:parcel_over 1:0.11 8:-0.1
b:parents_have 11:-0.14
b:parking_at 11:-0.18
b:parking_fine 4:0.11 11:-0.13
b:parking_permits 4:-0.13
b:participant_summed 8:0.11
b:participants_agreed 13:0.1
b:participants_compared 11:-0.13
b:participants_described 3:-0.15
b:participants_felt 8:-0.15
b:participants_found 8:-0.17
b:participants_mentioned 1:-0.13
b:participants_praised 0:0.11
b:participants_repeatedly 6:0.13 13:-0.11
b:participants_were 8:0.17
b:particularly_warm 1:-0.1
b:passed_between 6:0.13 13:-0.1
b:passed_first 5:-0.17
b:pasty_was 5:0.1 12:-0.12
b:patient_and 8:0.11
b:patient_with 4:-0.11 8:0.1
b:patients_are 7:0.13
b:pay_for 5:0.12
b:pay_the 4:0.11
b:paying_a 12:0.11
b:paying_for 11:-0.13
b:paying_more 4:0.11 11:-0.23
b:paying_£ 11:-0.14
b:penny_for 11:0.13
b:pero_the 0:0.11 7:-0.1
b:person_at 6:-0.12 7:0.14
b:person_on 7:-0.14
b:phone_and 1:0.18
b:phone_call 6:0.15 8:-0.11
b:phone_line 0:0.13
b:phone_menu 6:0.13
b:phone_shop 1:-0.14 2:0.14 5:-0.13 9:-0.11 11:-0.12 13:-0.1
b:phone_was 8:0.13
b:phoned_the 6:-0.13
b:photos_and 2:0.14
b:picked_it 12:0.13
b:picked_up 2:0.2
b:picture_for 12:0.12 13:0.11
b:piping_hot 0:0.13 7:0.17
b:pizza_off 5:0.11
b:place_cleaner 7:-0.12
b:place_had 9:0.15 11:0.1
b:place_in 12:0.12
b:place_that 8:0.14
b:place_was 7:0.13 10:-0.18
b:plain_english 6:0.11 13:0.14
b:plaster_dust 10:0.23
b:plumber_turned 12:0.15
b:pointing_out 11:-0.17
b:polite_and 1:0.13
b:polite_but 6:0.1
b:pool_was 3:0.11 5:0.2
b:post_office 5:-0.12 8:0.14
b:praised_the 0:0.14
b:price_as 4:-0.1
b:price_changes 6:0.1
b:price_of 0:-0.16 1:-0.14 6:-0.11 12:0.15
b:price_was 4:0.11 5:0.17 11:0.11
b:prices_are 4:0.12 5:-0.14
b:printing_and 7:-0.13
b:problem_after 9:0.1
b:problem_in 11:-0.13
b:product_training 9:0.18
b:promised_a 0:-0.17
b:promised_and 7:0.11
b:properly_and 8:-0.11
b:pub_in 11:-0.15
b:put_in 7:0.1
b:put_the 5:0.12
b:questions_about 2:0.12
b:questions_on 2:0.11
b:queue_at 0:0.14 5:0.15 6:0.11
b:queue_goes 7:-0.1
b:queuing_at 6:-0.12
b:quick_look 0:-0.14 5:-0.12 12:0.14
b:quick_to 8:-0.11
b:quote_by 12:-0.14
b:quoted_£ 5:-0.16 11:0.17
b:raised_price 4:-0.1
b:ran_a 5:0.12
b:rang_about 0:0.13
b:rang_ahead 0:0.13
b:rang_i 4:0.11
b:rang_me 6:0.19 13:0.23
b:rang_the 1:0.15 2:0.13 12:-0.14
b:rang_to 5:-0.15 7:-0.12
b:rang_us 6:0.12
b:rather_than 5:-0.16
b:rave_about 5:0.16
b:ray_and 9:-0.11
b:reading_off 1:-0.13
b:ready_at 7:0.12
b:ready_for 7:-0.17 13:-0.13
b:ready_when 0:0.17
b:really_appreciated 6:0.13 13:-0.24
b:really_know 2:0.12
b:really_reassuring 2:0.11
b:reason_they 2:-0.11 11:0.16
b:reasonable_for 11:0.2
b:reassuring_when 2:0.11
b:reception_at 1:0.1 8:0.12
b:reception_staff 8:-0.18
b:receptionist_at 8:-0.22
b:receptionist_told 2:0.12 9:-0.11
b:receptionist_was 1:0.21
b:recommend_this 11:0.19
b:recommended_a 2:0.15
b:redo_the 12:0.12
b:refund_of 4:-0.13
b:reliable_and 13:-0.11
b:removal_men 5:0.18
b:repair_on 7:0.2
b:repeat_prescription 5:-0.11
b:repeat_themselves 13:0.12
b:replaced_it 5:0.13 12:-0.11
b:replacement_out 0:0.11
b:replied_to 0:0.19 5:0.15
b:reply_to 0:-0.19
b:reported_a 0:0.16
b:reported_it 12:-0.12
b:reported_the 0:0.16
b:reserved_a 7:-0.11
b:returned_the 12:0.11
b:returns_process 6:0.11 12:-0.11
b:rhyme_time 5:0.1
b:ring_me 0:-0.12 13:-0.14
b:ring_to 13:0.13
b:rings_out 0:0.1
b:rip_off 4:0.13 11:-0.15
b:road_again 5:0.13 12:-0.18
b:road_and 11:-0.12
b:room_all 5:0.11
b:room_floor 10:0.1
b:room_rate 12:0.12
b:rooms_smell 3:0.14
b:rooms_were 5:0.1
b:round_here 11:0.29
b:round_the 1:0.13 7:0.18 8:-0.1
b:rude_to 7:-0.11
b:run_off 8:0.1
b:running_late 6:0.11
b:safe_place 5:0.13
b:said_3 7:0.18
b:said_delivered 5:0.11
b:said_good 1:0.16
b:said_he 0:0.14 7:0.11
b:said_hed 5:0.12 6:0.16 7:0.12
b:said_hello 12:0.14
b:said_i 9:0.15
b:said_it 2:0.22 9:0.1 13:-0.11
b:said_itd 7:0.1
b:said_my 2:0.21
b:said_no 6:-0.14 8:-0.13
b:said_she 0:-0.13 9:-0.1
b:said_someone 13:-0.14
b:said_the 3:0.15 4:0.2 8:0.14 13:0.19
b:said_they 4:-0.19 6:-0.17 9:-0.13 12:0.1
b:said_theyd 13:0.19
b:said_to 5:0.13 9:0.11
b:said_yes 9:-0.18
b:salesman_was 8:-0.25
b:same_afternoon 0:-0.12
b:same_day 0:0.18 7:-0.13
b:same_link 13:-0.12
b:same_week 0:0.15 6:-0.12 7:0.16 12:0.1
b:sandwich_was 5:0.18 11:0.14
b:sandwiches_are 12:0.11
b:sat_in 6:0.17
b:saved_me 1:-0.11 2:0.31 9:0.3 11:0.12
b:saw_me 8:0.15
b:say_a 1:-0.11 6:0.13
b:say_its 2:-0.11 5:0.11
b:say_my 7:-0.15 13:-0.16
b:say_so 5:0.19
b:say_the 5:-0.19 7:-0.15 11:-0.19 13:0.18
b:say_they 13:-0.14
b:saying_the 3:0.15 7:-0.1 10:-0.2 12:-0.11 13:-0.2
b:says_it 12:0.11
b:scone_was 5:0.11 12:-0.12
b:scratch_down 5:0.13
b:second_opinion 2:0.12 9:-0.12
b:security_guard 1:0.12
b:see_a 5:0.1
b:see_the 10:-0.15
b:seem_to 2:0.13 9:-0.13
b:seen_as 1:0.13
b:self_checkouts 0:0.11
b:self_service 0:0.11 5:-0.14
b:sell_me 0:-0.1 1:-0.11
b:semi_skimmed 5:0.1
b:sending_me 6:0.1 13:-0.13
b:sent_a 6:0.12 13:0.14
b:sent_me 1:-0.12 6:0.15
b:service_advisor 7:-0.15 13:-0.16
b:service_and 4:0.11
b:service_charge 6:0.14
b:serving_me 8:-0.13
b:several_mentioned 5:0.1 8:0.11 12:-0.11
b:several_parents 6:0.15 13:0.12
b:several_people 1:-0.12 5:0.11
b:shame_about 8:0.13
b:shame_the 11:0.1
b:she_even 1:0.11
b:she_had 0:0.11
b:she_knew 5:0.13
b:she_said 9:-0.11
b:shed_had 6:0.11
b:shes_the 11:0.15
b:shirt_came 12:-0.2
b:shop_is 3:0.13
b:shop_told 11:-0.11
b:short_with 8:-0.12
b:should_be 1:-0.11
b:showed_me 4:-0.15 6:0.15 9:0.21
b:signs_to 6:-0.1
b:since_it 6:0.1
b:since_the 1:0.1 6:-0.13 7:0.14 13:0.1
b:since_they 2:0.11 5:-0.11
b:since_we 1:-0.11 2:-0.14 3:0.15 7:0.26 9:0.18 10:0.29 13:0.2
b:site_and 12:0.11
b:six_minutes 0:-0.14 1:0.2 8:-0.11
b:six_weeks 5:0.13
b:six_years 11:-0.1
b:skirting_boards 5:0.11 10:0.13 11:-0.16
b:sleeping_on 5:0.12
b:slowly_and 13:0.11
b:small_online 4:0.12
b:smelt_of 10:-0.1
b:snapped_at 5:0.1
b:so_customers 5:0.12 12:-0.14
b:so_every 5:0.13
b:so_gentle 8:0.12
b:so_good 13:0.13
b:so_i 0:-0.14 9:0.13
b:so_ill 8:0.12
b:so_much 2:-0.12 6:0.22
b:so_sticky 12:0.1
b:so_the 5:-0.11
b:so_we 2:0.15 6:0.22 7:-0.11
b:sold_me 5:0.12
b:someone_elses 2:0.16 3:0.19 9:-0.11 10:-0.14
b:someone_round 7:0.18
b:someone_to 0:0.13
b:someone_who 9:-0.14
b:someone_will 6:0.11
b:someone_would 13:-0.11
b:soon_as 12:-0.12
b:sore_point 5:0.11
b:sort_of 1:0.1
b:sorted_it 0:0.11
b:sorted_my 0:0.21 5:0.12 7:0.16
b:sound_bloke 0:0.15 7:0.11
b:speak_to 9:0.17
b:speck_of 10:0.15
b:speeds_are 5:0.12 12:0.11
b:spent_ages 0:-0.13
b:spoke_to 1:0.16
b:spoken_to 1:0.11
b:spot_on 2:0.12 9:0.18
b:spotless_and 3:0.15 10:0.15
b:spotless_driving 3:-0.13
b:spotless_record 5:0.13
b:spotted_that 9:0.11
b:squat_form 1:-0.12
b:squeezed_me 6:-0.11
b:staff_are 1:0.19 3:0.11 4:0.15 5:0.1 8:0.11 12:-0.13
b:staff_as 1:0.1 5:-0.13
b:staff_canteen 4:-0.11
b:staff_could 5:0.1
b:staff_couldnt 8:0.13
b:staff_didnt 11:-0.12
b:staff_know 9:0.13
b:staff_lovely 8:0.17
b:staff_on 5:0.11 11:-0.1
b:staff_were 1:0.2 8:-0.43
b:stain_on 12:0.13
b:stale_by 5:0.11
b:stand_there 0:0.12
b:stars_for 5:0.12 12:0.14
b:started_on 7:-0.24
b:started_saying 3:0.12 10:-0.11
b:steered_us 11:0.14
b:steering_wheel 3:0.11
b:step_before 1:-0.11
b:step_by 6:0.11
b:sticky_floor 5:0.1
b:sticky_my 12:0.1
b:still_cant 2:0.14 7:0.11 9:-0.13
b:still_dark 0:0.19
b:still_had 4:-0.1 12:-0.1
b:still_no 2:0.14 9:-0.12
b:still_not 7:-0.16 12:0.1
b:still_on 7:-0.17 12:-0.13 13:-0.17
b:still_there 0:0.16
b:still_took 4:-0.17
b:still_waiting 0:-0.31 6:0.18 13:-0.17
b:still_wont 5:0.11
b:stone_cold 7:-0.13
b:stood_there 0:0.11 5:-0.11
b:stopped_using 2:0.12
b:store_staff 8:-0.17
b:straight_away 7:0.11 9:0.11
b:straight_back 10:-0.13
b:streetlight_outside 0:0.1 5:-0.12 7:-0.2
b:strength_of 9:-0.12
b:stuck_to 10:-0.27
b:such_a 1:0.11
b:summed_up 8:0.11
b:sunday_roast 11:-0.11
b:support_is 0:0.12
b:surgery_is 8:-0.16
b:surgery_on 3:0.1 7:0.11 10:0.21
b:surprised_the 10:0.14
b:swapped_it 6:0.14 13:0.14
b:swept_up 3:0.29 10:0.24 12:0.16
b:switched_energy 7:0.11
b:system_was 4:0.11 11:0.15
b:ta_! 10:0.3
b:tables_wiped 10:0.11
b:tablets_and 9:0.12
b:tablets_in 2:0.12
b:take_it 9:0.15
b:taking_three 7:-0.1
b:talk_of 8:-0.15
b:talked_about 1:0.1 8:-0.11
b:talked_me 12:0.12 13:0.1
b:talking_to 6:-0.12 7:0.14
b:taste_of 5:0.12
b:tasty_but 8:-0.11
b:tea_was 12:-0.11
b:tea_went 0:0.15
b:team_are 1:0.1
b:team_were 1:0.1
b:tell_me 0:0.1 1:-0.15 5:-0.11 11:0.12
b:tell_them 2:0.1 13:0.11
b:tell_us 4:0.15 5:0.1 13:-0.16
b:tell_you 5:-0.13 9:0.12
b:telling_me 2:-0.14 5:0.12
b:telling_us 12:-0.16
b:tells_us 6:0.1
b:tells_you 6:0.19 13:0.11
b:ten_minutes 7:0.21
b:ten_out 12:0.14
b:tenner_for 11:0.31
b:test_ive 11:-0.1
b:text_reminders 1:-0.1
b:text_saying 13:-0.12
b:text_them 13:0.11
b:texted_the 13:0.11
b:than_at 12:0.15
b:than_i 3:0.14
b:than_one 12:-0.16
b:than_the 4:0.19 9:0.13 11:0.19
b:than_us 12:0.11
b:thank_you 0:-0.11 1:-0.12 12:0.11
b:thanks_for 13:-0.18
b:that_a 7:0.12
b:that_actually 12:0.15
b:that_before 6:0.12 13:0.11
b:that_didnt 9:-0.13
b:that_every 10:-0.1
b:that_is 12:-0.15
b:that_it 0:-0.15 1:0.11
b:that_lasted 12:-0.12
b:that_my 2:0.16 9:0.1
b:that_our 11:-0.13
b:that_the 5:0.13 6:0.25 7:-0.13 9:0.1 10:-0.12 11:-0.1 12:0.11
b:that_they 2:-0.14 13:0.25
b:that_was 0:-0.32 1:0.1 5:-0.31 9:-0.22 13:-0.16
b:that_we 13:0.12
b:the_19 13:-0.11
b:the_3 0:0.12 13:-0.11
b:the_advice 2:0.13
b:the_agent 8:-0.12 13:-0.32
b:the_airport 11:-0.12
b:the_angry 13:0.11
b:the_app 1:-0.17 5:0.32 6:0.16 12:-0.1 13:-0.22
b:the_apps 6:0.14
b:the_area 2:-0.12 5:0.13
b:the_assistant 2:0.1
b:the_back 3:0.13 10:-0.13 11:0.16
b:the_ball 1:0.12
b:the_band 1:-0.1
b:the_bank 1:0.1
b:the_banks 0:0.11 5:0.14
b:the_bar 1:0.1 5:0.1
b:the_barber 5:0.18 12:-0.16
b:the_bath 10:-0.19
b:the_bathroom 5:-0.14
b:the_battery 12:0.14
b:the_best 2:-0.17 3:-0.17 4:0.1 5:0.11 12:0.26
b:the_big 2:0.17 5:-0.11 11:0.17
b:the_bill 1:0.24 4:0.33 5:0.23 8:-0.12 13:0.2
b:the_bin 5:0.13 13:-0.19
b:the_bins 0:0.1 5:0.11 10:-0.14
b:the_bloke 1:0.16 5:-0.1
b:the_boiler 2:0.12 3:0.12
b:the_boilers 0:0.16
b:the_booking 7:0.13
b:the_box 9:-0.13 13:0.11
b:the_brakes 9:0.1
b:the_branch 5:-0.17 7:0.13 9:-0.22
b:the_breakfast 4:0.11 5:0.15 11:0.1 12:0.22
b:the_broadband 6:-0.11
b:the_builders 11:0.1
b:the_burgers 10:-0.13
b:the_burnt 5:0.17 12:-0.12
b:the_buyer 13:-0.14
b:the_cable 5:0.12
b:the_café 1:-0.11 3:0.1 5:0.14 10:-0.19
b:the_cake 5:0.23
b:the_call 0:0.13 5:-0.11
b:the_car 0:0.29 2:-0.16 5:0.25 6:-0.18 10:-0.1 11:-0.17 12:-0.11
b:the_card 5:-0.1
b:the_cast 5:0.11
b:the_cat 12:0.12
b:the_change 1:0.12 8:0.12
b:the_changing 3:0.11 11:0.16 12:0.11
b:the_chat 6:0.13 13:-0.24
b:the_chatbot 13:-0.1
b:the_cheaper 2:0.14 4:-0.11
b:the_cheapest 2:-0.18 4:0.16 7:0.15 11:-0.23
b:the_chef 10:-0.14
b:the_chicken 8:0.13
b:the_childrens 1:0.17 8:0.18
b:the_chips 5:0.1 12:-0.2
b:the_cleaners 3:0.1 5:-0.11
b:the_cleanest 10:0.13
b:the_cleaning 5:0.11 10:0.19
b:the_cleanliness 10:-0.11
b:the_clubs 5:0.15
b:the_coach 8:-0.11
b:the_collar 12:-0.2
b:the_company 6:0.19 12:-0.1
b:the_complaints 0:0.11 4:-0.14 7:0.17
b:the_cost 5:-0.1
b:the_council 0:0.2 4:-0.14 13:-0.11
b:the_councils 6:0.15 13:-0.13
b:the_counter 0:0.18 1:0.26 7:0.11
b:the_courier 2:-0.1 5:0.13 6:0.1 8:-0.12
b:the_croissants 5:0.11
b:the_customer 3:0.13 5:0.13 10:-0.13 13:-0.1
b:the_cut 5:0.11 6:0.1
b:the_damp 10:0.16
b:the_date 13:0.11
b:the_day 0:-0.18 6:0.17 7:0.11 13:0.11
b:the_dealer 9:0.15
b:the_dearest 11:-0.14
b:the_delivery 4:0.14
b:the_dentist 1:0.12 11:0.1 12:0.13
b:the_depot 7:-0.11
b:the_desk 2:-0.1 3:0.14 4:0.12 8:-0.11
b:the_doctor 6:0.18
b:the_dog 3:0.12
b:the_door 0:0.16 2:-0.13 5:-0.15 12:0.1
b:the_doors 7:-0.13
b:the_drive 3:0.11
b:the_driver 0:0.13 6:0.16
b:the_drivers 3:0.1 5:-0.12
b:the_dry 5:0.18
b:the_eggs 8:0.15
b:the_electrician 10:0.13 13:0.11
b:the_emergency 7:-0.2
b:the_end 5:-0.12 7:-0.12
b:the_engineer 13:-0.1
b:the_express 0:0.28 5:-0.11 7:-0.25
b:the_extra 2:-0.13 4:0.23 6:0.13
b:the_fare 11:-0.1
b:the_fee 4:0.11
b:the_fees 4:0.12
b:the_final 5:-0.12
b:the_first 2:0.13 5:0.3 6:0.12 8:0.15 13:0.18
b:the_fish 5:0.13
b:the_fitting 7:0.1
b:the_flat 2:0.13 12:0.21
b:the_floor 3:0.14 5:-0.11 12:0.13
b:the_following 0:0.17 7:-0.21
b:the_food 5:0.26 12:0.19
b:the_form 1:0.1 8:-0.11
b:the_free 12:0.1
b:the_friendliest 1:0.13 8:-0.16
b:the_front 3:0.16 5:0.18 10:-0.14
b:the_full 12:0.11
b:the_garage 11:0.11
b:the_garden 5:0.11
b:the_gate 1:0.14 8:-0.14
b:the_gp 0:0.11 9:0.13
b:the_group 6:-0.2 12:0.27
b:the_guy 2:0.1 5:0.12
b:the_hake 9:0.1
b:the_hand 10:0.18
b:the_headphones 12:0.13
b:the_headsets 13:0.19
b:the_helpline 5:0.11 8:0.13
b:the_high 5:-0.1
b:the_hospital 1:-0.15 4:0.14 11:-0.23
b:the_hotel 12:0.13
b:the_hour 0:-0.1 1:0.13
b:the_hygienist 12:0.1
b:the_info 6:-0.17
b:the_invoice 4:0.12
b:the_job 5:-0.2 11:0.13
b:the_kitchen 5:0.12 7:-0.13 12:0.1
b:the_knee 5:0.1
b:the_label 9:-0.12
b:the_lad 2:0.13 7:0.12 9:-0.16 12:-0.13
b:the_lady 2:0.15 8:0.18 9:0.18 13:0.16
b:the_lamb 5:0.14
b:the_last 3:0.1 5:-0.17 8:0.14 12:-0.19
b:the_laundrette 10:0.16
b:the_leak 0:0.12 5:0.16 12:0.2
b:the_leisure 5:-0.13
b:the_letter 2:-0.11 6:0.14
b:the_letting 6:0.11
b:the_library 8:0.1
b:the_list 11:0.14
b:the_little 4:0.1
b:the_machines 5:0.11 8:0.11 12:-0.12
b:the_main 4:0.19 12:0.27
b:the_man 5:0.2 6:-0.1 8:-0.13 9:-0.11
b:the_manager 0:-0.1 1:0.31 8:-0.14
b:the_mats 3:0.1
b:the_mechanic 1:-0.13 2:0.25
b:the_middle 5:0.18 12:-0.1
b:the_minute 0:-0.12
b:the_mobile 8:-0.14
b:the_moderator 10:0.14
b:the_monday 7:0.12 12:0.18
b:the_morning 9:-0.11
b:the_mot 5:-0.12
b:the_naan 5:0.11
b:the_name 2:0.14
b:the_neighbours 12:0.12
b:the_new 0:-0.14 3:-0.13 5:-0.2 7:0.11 8:0.13 9:-0.15 12:0.15 13:0.42
b:the_next 0:0.1 3:0.13 7:0.33 12:-0.11 13:0.14
b:the_night 1:0.12 7:0.12 8:0.15
b:the_noise 12:0.19
b:the_officer 0:0.1
b:the_old 6:-0.13
b:the_older 13:-0.17
b:the_one 0:0.11 3:0.19 5:-0.14
b:the_only 0:0.1 2:-0.11 6:0.18 7:0.13 11:0.21 12:0.12 13:0.22
b:the_operation 13:0.14
b:the_optician 2:0.15
b:the_opticians 1:-0.13
b:the_original 4:0.13
b:the_oven 5:0.1
b:the_own 5:0.11
b:the_owner 9:0.1
b:the_paint 2:0.18 9:-0.11
b:the_path 3:0.15
b:the_patio 12:-0.14
b:the_pharmacist 0:-0.12 2:0.26 9:0.26 12:0.14
b:the_pharmacy 0:0.12
b:the_phone 0:0.16 1:0.18 2:0.2 3:-0.11 4:0.1 5:-0.33 6:0.12 8:-0.18 9:-0.18 11:-0.11
b:the_photo 5:0.11
b:the_photos 5:0.15
b:the_physio 1:-0.11 5:0.19 12:0.16
b:the_pilot 6:0.15
b:the_place 3:0.12 7:-0.16
b:the_plaster 10:0.29
b:the_policy 0:0.11 2:0.11
b:the_pool 5:0.12 6:0.14 12:-0.29
b:the_post 0:0.13 8:0.15
b:the_practice 2:-0.11 4:0.1
b:the_previous 3:0.1
b:the_price 1:-0.12 4:0.35 11:0.15
b:the_prices 4:0.14
b:the_printing 6:0.12
b:the_private 11:0.17
b:the_problem 11:-0.16 13:-0.15
b:the_pt 11:-0.1
b:the_queue 0:0.54 5:-0.24 7:-0.24
b:the_quick 0:0.1
b:the_quote 4:0.22 5:0.1 6:0.12 11:0.11
b:the_rail 2:0.12 6:-0.11
b:the_ramp 7:-0.15
b:the_rattle 9:0.13
b:the_receptionist 1:0.31
b:the_red 12:0.15
b:the_refund 7:0.13 13:0.16
b:the_removal 5:0.13
b:the_repair 6:0.1 13:0.19
b:the_restaurant 8:0.15
b:the_returns 12:-0.12 13:0.12
b:the_rice 0:0.12 12:-0.14
b:the_right 2:0.11 9:0.19
b:the_risotto 12:0.1
b:the_road 1:-0.18 12:-0.11
b:the_roof 9:0.12
b:the_room 1:0.16 4:0.1 5:0.24 13:-0.11
b:the_rooms 3:0.11 12:-0.14
b:the_rubbish 5:0.12 12:-0.13
b:the_same 6:0.11 8:0.11 10:-0.11
b:the_screen 0:-0.11 5:0.14 12:-0.11
b:the_self 0:0.1
b:the_service 1:0.1
b:the_shelf 2:0.11
b:the_shop 5:0.15
b:the_shops 8:-0.1
b:the_shower 11:-0.11
b:the_showers 10:-0.12
b:the_side 5:0.16
b:the_skirting 10:0.17 11:-0.14
b:the_slightest 8:-0.26
b:the_spa 4:0.13
b:the_staff 1:0.16 4:0.1 5:-0.13 6:-0.15 8:0.16 11:-0.32
b:the_station 11:0.15
b:the_steering 3:0.11
b:the_street 11:-0.14
b:the_stylist 1:0.11 5:0.11
b:the_sunday 11:-0.12
b:the_surgery 2:0.13 7:0.1 8:-0.16 9:0.12
b:the_surveyor 2:0.14
b:the_system 1:-0.11
b:the_table 7:0.13 12:0.11
b:the_tap 5:0.19 7:-0.12 12:-0.19
b:the_tax 2:0.11
b:the_team 2:0.11
b:the_three 0:0.12
b:the_till 5:-0.11
b:the_tills 0:0.1 1:0.16 8:-0.1
b:the_time 0:0.14 2:0.15 6:-0.14 8:0.13 12:-0.13
b:the_tip 1:0.12 8:0.14
b:the_toilets 3:0.2
b:the_train 5:-0.11 6:0.12 11:-0.22
b:the_two 7:-0.11
b:the_tyre 2:0.2 7:0.14
b:the_wait 0:0.26 5:0.13 7:-0.16 8:0.19 12:0.13
b:the_waiter 1:0.12 5:0.11 8:0.13 10:-0.11 12:-0.17
b:the_waiting 0:-0.12 3:0.21 9:0.12
b:the_walk 7:-0.11
b:the_warranty 2:0.1
b:the_washing 5:-0.1
b:the_water 6:0.16
b:the_way 1:0.14 13:0.11
b:the_website 9:-0.12 12:0.12 13:-0.13
b:the_wedding 6:0.22 12:0.12
b:the_wednesday 12:0.1
b:the_week 0:-0.17 12:-0.14
b:the_wheels 5:0.1 7:-0.15 13:-0.13
b:the_whole 1:0.13 3:-0.12 6:0.11
b:the_wifi 5:0.25 12:-0.23
b:the_wine 5:0.1 11:0.12
b:the_woman 1:0.3
b:the_work 5:0.14 6:0.1
b:the_worn 6:0.13
b:the_wrong 2:0.35 8:-0.19 9:-0.36 12:-0.14
b:the_younger 0:-0.11
b:the_£ 1:0.11 4:0.36 6:0.23 9:0.2 11:-0.13 12:0.14
b:their_conversation 8:-0.11
b:their_feet 8:0.11
b:their_phones 0:0.14
b:their_problem 8:-0.12
b:their_stuff 2:0.15 9:0.13 13:-0.14
b:them_again 13:0.12
b:them_at 12:-0.11
b:them_by 1:0.16 2:-0.15
b:them_that 0:0.11
b:them_to 6:0.2
b:themselves_were 0:-0.12
b:then_the 9:-0.11
b:there_and 1:0.17 6:-0.11 8:0.24 9:0.15 13:-0.13
b:there_was 8:-0.15
b:there_were 5:-0.16
b:theres_a 3:-0.12
b:theres_nothing 2:0.11
b:these_days 5:-0.11
b:they_called 13:0.13
b:they_came 12:0.11
b:they_can 0:-0.12 6:0.28 11:0.13 13:0.13
b:they_cant 13:-0.22
b:they_charged 4:0.11
b:they_come 1:0.1
b:they_cut 2:0.12 5:-0.1
b:they_did 11:0.24
b:they_didnt 1:0.13 2:-0.11 5:-0.12 8:0.1 13:0.13
b:they_emailed 13:0.14
b:they_fitted 12:-0.12
b:they_gave 5:0.14
b:they_get 6:-0.12
b:they_had 0:0.13 10:0.13 12:0.1
b:they_have 0:0.13
b:they_hear 11:-0.14
b:they_left 0:-0.1 3:0.15
b:they_never 13:-0.26
b:they_no 13:0.12
b:they_promised 12:0.1
b:they_rang 6:0.13 12:0.1
b:they_replaced 5:0.1 12:-0.11
b:they_said 0:0.14 6:-0.11
b:they_sent 13:0.1
b:they_sold 5:0.11
b:they_speak 9:0.17
b:they_swapped 6:0.13 13:0.13
b:they_were 1:-0.14 2:0.11 3:-0.12 6:0.12 7:-0.18 9:-0.13 10:-0.14 13:-0.13
b:they_werent 12:-0.17
b:theyve_ever 6:0.13
b:thing_about 2:0.12
b:think_ive 11:0.1
b:this_lot 7:0.15
b:this_month 6:0.12
b:this_practice 9:-0.11
b:this_week 5:0.1
b:thorough_and 1:-0.13
b:those_who 5:0.13
b:though_several 8:0.11 13:-0.11
b:though_the 5:-0.13
b:thought_was 5:0.11 12:0.13
b:three_books 9:0.14
b:three_courses 5:0.1
b:three_different 2:0.17 9:-0.15
b:three_hours 0:0.19 7:-0.13
b:three_months 6:0.12
b:three_times 0:-0.14 3:0.11 8:-0.19 13:-0.16
b:three_visits 2:0.12 7:0.24 9:-0.13
b:three_weeks 0:0.17 2:-0.13 6:0.13 12:-0.17
b:three_winters 12:0.13
b:three_years 2:0.12
b:through_a 5:0.12 12:-0.15
b:through_the 6:0.21 10:-0.12 12:-0.22
b:through_to 0:0.17
b:thyroid_problem 2:0.11 9:0.14
b:ticket_number 0:0.11 7:-0.11
b:tickets_were 12:0.11
b:tidy_job 5:0.15
b:time_and 1:0.15 5:0.11 8:-0.13
b:time_ever 7:0.11 13:0.11
b:time_i 7:-0.23
b:time_in 5:0.16 12:0.17
b:time_my 7:-0.19
b:time_the 5:0.17
b:time_they 6:-0.13
b:time_to 2:0.11 6:0.11 8:0.23
b:times_and 9:-0.17
b:to_10 7:-0.12
b:to_5 7:0.16
b:to_a 5:0.31 7:0.15 11:0.15 12:0.12
b:to_ask 0:-0.17 1:0.19 2:0.1 4:-0.13 6:-0.15 8:-0.1 9:-0.25
b:to_be 0:-0.17 2:0.16 3:0.24 4:0.2 5:0.1
b:to_bring 0:0.13 12:-0.1
b:to_call 0:-0.13
b:to_chase 6:0.12 13:0.19
b:to_check 0:-0.11 6:0.16 9:0.19 13:0.14
b:to_come 0:0.17
b:to_complain 6:-0.12
b:to_do 1:0.11
b:to_door 7:0.14
b:to_emails 12:0.14
b:to_explain 1:-0.14 2:0.11 6:0.29
b:to_find 0:-0.14 13:-0.22
b:to_fix 7:0.11
b:to_follow 6:0.11
b:to_get 7:-0.14 11:-0.2
b:to_go 1:-0.11 7:-0.1 11:0.1 12:-0.23
b:to_have 13:-0.18
b:to_keep 1:0.22 8:0.17 11:0.13
b:to_know 9:-0.2
b:to_look 12:-0.13
b:to_make 8:0.15 11:0.26
b:to_manchester 11:-0.25
b:to_me 7:0.1 9:-0.13
b:to_my 1:0.18 2:-0.1 5:-0.13
b:to_one 12:0.11
b:to_our 9:-0.11
b:to_park 0:-0.11
b:to_pay 11:0.13
b:to_read 1:0.11 6:0.19
b:to_repeat 6:0.11 13:0.12
b:to_ring 0:-0.21
b:to_say 2:-0.17 6:0.15 7:-0.22 11:-0.1 13:0.13
b:to_see 8:-0.13 10:-0.13
b:to_sell 6:-0.1
b:to_take 0:0.13
b:to_tell 2:0.16 6:0.13
b:to_the 0:0.27 2:-0.14 6:-0.22 7:-0.23 10:-0.11 11:0.16 12:0.39
b:to_their 0:0.14 8:-0.14
b:to_them 7:-0.11 11:0.12
b:to_three 13:-0.12
b:to_under 7:0.12
b:to_upsell 1:0.22
b:to_us 0:0.22 6:-0.2 7:0.11
b:to_use 2:0.22
b:to_wait 6:-0.11 7:0.15
b:to_wipe 3:0.11
b:to_write 5:-0.13
b:to_your 6:-0.1
b:to_zero 10:0.16
b:to_£ 4:-0.15 6:0.11
b:toast_and 11:-0.1
b:toilets_are 10:0.1
b:toilets_were 3:0.19
b:told_about 6:0.11
b:told_i 2:0.11
b:told_it 2:0.12
b:told_me 0:-0.11 1:-0.17 2:0.46 4:-0.24 6:-0.22
b:told_my 7:-0.15
b:told_off 0:-0.13
b:told_the 1:0.14 8:0.12 10:-0.11 13:-0.1
b:told_to 6:-0.17
b:told_us 5:-0.15
b:too_bad 7:0.12
b:too_cold 12:0.19
b:took_3 7:0.14
b:took_4 0:0.12 7:-0.12
b:took_a 0:0.14 4:-0.15
b:took_about 7:0.11
b:took_an 9:-0.11
b:took_eleven 0:0.11
b:took_four 4:-0.1
b:took_her 0:-0.12
b:took_his 0:-0.1
b:took_my 4:-0.1
b:took_the 4:0.15 8:0.13 12:-0.11
b:took_three 0:-0.11 7:-0.14
b:took_two 12:-0.14
b:top_of 1:-0.14 6:0.17 11:-0.14
b:town_but 11:-0.18
b:tracking_link 0:-0.1
b:train_was 6:0.1
b:treat_you 8:-0.12
b:tried_the 5:0.1
b:try_to 1:0.19 8:0.2
b:trying_to 8:-0.13
b:très_propre 11:0.12
b:tuesday_afternoon 7:0.2
b:tuesday_lunchtime 7:0.13
b:turn_up 0:-0.14
b:turned_out 2:0.11
b:turned_up 0:0.46 2:-0.18 11:0.12 12:0.14
b:turns_up 0:0.19
b:twenty_minutes 0:0.18 2:0.13 5:0.12 12:0.17
b:twice_as 5:0.11
b:twice_for 2:-0.11
b:twice_in 4:0.13
b:twice_to 12:-0.16
b:two_courses 11:0.12
b:two_days 4:-0.19 5:0.25 7:0.16 12:-0.19
b:two_fillings 9:-0.11
b:two_for 12:0.15
b:two_hours 0:0.15 6:0.23 13:-0.14
b:two_minutes 0:-0.16 2:0.11 9:0.13
b:two_months 12:-0.22
b:two_of 0:0.12 11:0.11
b:two_stars 12:0.13
b:two_weeks 6:0.11 9:-0.21
b:tyre_place 2:0.12 7:0.13 9:0.16
b:under_the 5:0.11
b:under_£ 11:0.12
b:understand_the 13:0.13
b:understand_what 13:0.11
b:until_i 12:-0.11
b:until_the 0:-0.16 6:0.19
b:up_a 9:-0.11
b:up_after 3:0.12 5:0.14 7:0.14 12:0.29
b:up_again 11:-0.21
b:up_all 10:0.13
b:up_and 0:-0.11 5:-0.11 11:-0.14
b:up_at 0:0.12
b:up_every 3:0.22 10:0.18 12:0.12
b:up_in 7:0.13 10:0.13
b:up_my 7:0.1 11:0.14
b:up_on 5:0.11 12:0.11
b:up_the 4:-0.14 6:-0.11 10:0.16 12:0.23
b:up_to 0:0.11 2:-0.1 4:-0.14 12:-0.14 13:0.12
b:up_when 0:0.21 7:0.14
b:up_£ 6:0.13
b:updated_at 12:0.14
b:updated_every 6:0.1 13:0.13
b:updated_them 13:-0.11
b:upsell_me 1:0.17
b:us_a 1:0.12 8:0.13
b:us_asking 5:0.1
b:us_at 12:0.1
b:us_honestly 9:0.1
b:us_in 0:0.13 7:-0.12
b:us_on 3:-0.1
b:us_our 11:0.11 13:0.1
b:us_the 6:0.3 12:-0.2
b:us_to 11:0.14 13:-0.12
b:us_updated 6:0.16 13:0.23
b:us_why 0:0.15
b:use_again 2:0.1
b:use_for 2:0.11 5:0.1
b:use_the 5:-0.13
b:use_them 13:0.11
b:used_to 7:0.15
b:using_it 2:0.14
b:value_compared 11:0.19
b:value_lunch 11:0.14
b:valued_the 9:0.11
b:very_clean 5:0.11
b:very_kind 8:0.1
b:very_knowledgable 5:0.11
b:vet_nurse 0:-0.1
b:wait_at 7:0.15
b:wait_in 0:-0.1
b:wait_was 0:0.11
b:waiter_kept 1:0.11 8:-0.12
b:waiter_knew 11:0.14
b:waiter_was 1:0.13
b:waiting_area 3:0.17 5:0.11
b:waiting_for 6:0.12 8:-0.11
b:waiting_room 1:-0.1 3:0.12 5:-0.21 10:0.11
b:waits_of 5:0.12
b:walk_out 11:-0.13
b:walked_in 7:0.1
b:walked_round 0:-0.14 6:-0.1 8:-0.1
b:want_to 0:0.12
b:war_super 12:0.11
b:warm_and 12:-0.12
b:warned_about 11:0.12
b:was_a 1:0.26 2:0.14 3:0.19 4:0.16 5:0.14 6:-0.14 8:-0.15 11:0.15 12:0.14 13:-0.14
b:was_alright 12:-0.16
b:was_amazin 10:-0.12
b:was_an 11:0.13
b:was_apologetic 6:-0.11
b:was_barely 12:-0.15
b:was_better 11:0.17
b:was_brilliant 13:0.12
b:was_cancelled 6:0.15 13:-0.12
b:was_clean 10:0.13
b:was_clear 6:0.14 13:0.13
b:was_curt 8:-0.11
b:was_delivered 8:-0.1
b:was_described 3:0.11 4:0.1
b:was_done 5:0.12
b:was_down 11:0.16
b:was_due 6:0.18 13:-0.1
b:was_eleven 5:-0.1
b:was_excellent 9:0.1
b:was_filthy 3:0.17 10:-0.12
b:was_fine 1:-0.29 4:-0.11 5:-0.19 6:-0.11
b:was_flat 12:-0.34
b:was_free 12:-0.17
b:was_freezing 12:-0.12
b:was_full 0:-0.1
b:was_great 1:0.14
b:was_handled 12:0.14
b:was_here 7:0.13
b:was_immaculate 3:0.12 10:0.12
b:was_impossible 12:0.12
b:was_in 7:0.12 12:-0.13 13:0.12
b:was_lovely 1:0.28 8:0.19
b:was_my 1:0.12 8:-0.1
b:was_new 11:-0.12
b:was_nice 8:0.12
b:was_ok 3:-0.11
b:was_on 12:-0.11 13:-0.16
b:was_out 9:0.11
b:was_overcooked 8:0.1
b:was_particularly 1:-0.12
b:was_promised 6:0.11 7:-0.14
b:was_quick 1:0.11
b:was_ready 6:0.11 7:0.19 13:-0.11
b:was_really 12:0.14
b:was_right 6:-0.14
b:was_rough 5:0.11 12:-0.13
b:was_rude 5:-0.11
b:was_running 6:0.12
b:was_rushed 0:-0.1
b:was_sat 5:0.13 8:-0.1
b:was_so 2:-0.11 13:0.15
b:was_some 8:-0.15
b:was_sound 1:0.14 6:0.12
b:was_spotless 0:-0.11 3:0.15
b:was_still 1:-0.1 7:-0.19 13:-0.14
b:was_stress 9:0.1
b:was_stunning 5:0.11 12:0.12
b:was_tasty 8:-0.11
b:was_the 2:-0.12 6:0.16 9:-0.12 12:0.31
b:was_told 0:0.17 7:-0.15
b:was_up 11:-0.11
b:was_very 2:0.13 9:0.37 11:-0.15
b:was_worth 11:0.15 12:0.22
b:was_wrong 2:0.1
b:was_£ 4:0.22 5:-0.19 12:-0.13
b:wasnt_the 0:0.17
b:wasnt_too 7:0.12
b:wasnt_unkind 1:0.1
b:waste_collection 4:-0.17
b:waste_of 11:-0.11
b:water_coming 5:0.12 7:-0.11 12:-0.11
b:water_company 0:0.16
b:water_pipe 5:0.12 12:-0.15
b:way_for 13:-0.17
b:way_the 1:0.1
b:we_brought 10:0.14
b:we_do 11:-0.14
b:we_dont 6:0.1 11:-0.16
b:we_finally 9:0.18
b:we_got 6:0.13 7:0.23
b:we_missed 0:-0.1
b:we_moved 12:0.11
b:we_now 13:0.11
b:we_paid 5:0.15 12:-0.16
b:we_started 3:0.18 10:0.13 13:0.12
b:we_were 2:0.12
b:website_said 12:0.1
b:website_says 13:-0.1
b:wedding_invites 6:0.13 13:0.13
b:week_before 0:-0.11
b:week_job 0:0.11
b:week_later 12:0.18
b:week_of 13:-0.1
b:weekend_and 12:-0.11
b:weeks_and 7:-0.12
b:weeks_for 2:0.14 7:-0.11
b:weeks_running 0:-0.11 5:0.18 12:-0.19
b:weeks_to 0:0.11 5:-0.15
b:well_packed 5:0.15 12:0.12
b:well_spent 7:-0.12
b:well_with 11:0.11
b:went_cold 0:0.15
b:went_in 1:-0.11 12:-0.21
b:went_out 2:-0.1 8:0.14
b:went_through 5:-0.11 6:0.14 13:0.19
b:went_to 0:0.11 6:-0.19 13:-0.19
b:went_up 4:-0.22 6:0.14 11:-0.12
b:were_all 1:-0.12
b:were_asked 2:-0.11
b:were_careful 5:0.1
b:were_clear 13:0.18
b:were_described 2:0.12 5:0.17
b:were_fine 2:0.26 8:-0.17 9:-0.17
b:were_given 2:0.11
b:were_half 12:0.1
b:were_honest 13:0.12
b:were_like 10:-0.11
b:were_lovely 12:-0.11
b:were_mixed 12:0.14
b:were_not 5:-0.13 10:-0.11
b:were_on 0:0.12
b:were_paying 11:-0.13
b:were_polite 8:0.11 12:0.14
b:were_praised 1:0.1
b:were_rubbery 8:0.14
b:were_said 5:0.11
b:were_split 8:-0.11
b:were_still 5:0.15
b:were_the 4:0.2 5:-0.1
b:were_told 1:0.15 2:-0.11 6:0.18
b:weve_been 10:-0.1
b:what_a 11:-0.23 12:-0.43
b:what_an 1:-0.1 9:-0.18
b:what_he 12:0.1
b:what_i 11:0.16
b:what_it 5:-0.15 11:-0.2
b:what_she 1:0.1
b:what_the 11:0.11
b:what_they 6:0.16 11:0.15
b:what_theyre 4:-0.13
b:what_to 6:0.11 13:0.12
b:what_was 5:-0.15 6:0.18
b:what_you 12:-0.12
b:what_youd 1:-0.12
b:when_asked 1:-0.11
b:when_customers 6:0.1
b:when_dad 2:0.1
b:when_he 0:0.13 2:-0.12 5:0.13 7:0.14 8:0.21
b:when_i 0:0.17 1:0.53 5:0.25 6:-0.18 8:-0.27 12:-0.14
b:when_it 12:-0.14
b:when_its 0:-0.14 6:0.19
b:when_my 5:0.13
b:when_she 0:0.1 7:0.12 9:-0.1
b:when_the 1:-0.24 5:-0.13 7:-0.11 11:-0.13 13:0.14
b:when_their 6:0.12
b:when_they 11:-0.11 13:-0.3
b:when_we 6:0.12 13:-0.18
b:where_anything 2:0.1 9:-0.12
b:where_else 11:0.12
b:where_i 13:0.11
b:where_its 12:0.1
b:where_my 2:-0.17 6:0.11
b:where_the 0:-0.11 2:0.12
b:where_their 6:0.2
b:whether_i 2:0.13
b:whether_the 1:-0.11 2:0.15 5:-0.15 9:-0.15 13:-0.1
b:whether_they 10:-0.12
b:which_dishes 2:0.12 5:-0.11
b:which_felt 13:0.11
b:which_i 3:0.11 13:0.16
b:which_id 11:0.15
b:which_is 0:-0.27 13:-0.15
b:which_means 12:0.14
b:which_they 1:-0.11
b:which_two 11:-0.12
b:which_was 2:-0.13 4:0.14 11:0.11
b:while_i 7:0.17 11:0.17
b:while_the 12:0.12
b:while_we 0:0.12
b:who_actually 2:0.14
b:who_had 0:0.23 1:-0.12 7:-0.21
b:who_they 9:0.16
b:whole_time 1:0.25
b:whos_ever 11:0.15
b:why_it 13:0.11
b:wifi_dropped 5:0.14
b:wifi_in 5:0.11
b:wifi_was 4:-0.13 12:-0.14
b:will_be 2:-0.11
b:window_and 7:0.14
b:wine_list 11:0.12
b:wine_stain 5:0.1 12:0.13
b:wiped_the 10:0.12
b:with_a 1:0.12 2:-0.24 6:0.23 7:0.12 8:-0.17 10:-0.12 12:-0.34 13:0.13
b:with_an 0:-0.11
b:with_him 8:0.12
b:with_it 12:-0.11
b:with_me 0:-0.14 1:0.14 2:-0.11
b:with_my 5:-0.16 6:-0.23 8:0.12 12:0.1
b:with_no 6:0.3 7:-0.11 11:-0.13
b:with_our 1:0.11
b:with_that 4:0.13 11:0.24
b:with_the 1:-0.33 2:0.29 3:-0.11 9:0.26 10:-0.12
b:with_them 1:0.2
b:with_us 1:0.12
b:within_24 0:-0.22
b:within_3 7:0.25
b:within_48 7:-0.1
b:within_a 0:0.34 5:0.15 7:0.15 12:-0.15 13:0.16
b:within_the 0:-0.18 1:0.15 6:0.1
b:within_two 5:0.1
b:without_a 12:-0.13
b:without_us 5:0.16 8:0.13 12:-0.13
b:woman_at 1:0.12
b:woman_on 1:0.11
b:wont_close 12:-0.13
b:work_if 0:-0.1 5:-0.16
b:work_is 12:0.15
b:work_on 5:0.2
b:work_with 0:-0.11
b:worked_out 2:0.15 9:0.12
b:working_days 0:0.23
b:worn_pads 6:0.11
b:worth_every 4:0.14 5:-0.1 11:0.31
b:worth_it 11:-0.16
b:worth_the 3:-0.12 4:0.16 5:0.34 11:0.15 12:0.24
b:would_be 1:-0.13 2:-0.11 6:0.21 10:-0.11
b:would_have 13:-0.14
b:would_recommend 11:0.19
b:would_ring 13:-0.12
b:would_use 2:0.1
b:would_work 0:-0.11
b:wouldnt_let 13:-0.16
b:wrong_date 6:0.11
b:wrong_strength 9:-0.13
b:wrong_with 2:0.15
b:x_ray 0:-0.13 9:-0.11
b:year_for 11:-0.21
b:years_on 9:0.15 11:0.1
b:you_absolutely 9:-0.11
b:you_can 4:0.12 12:-0.12
b:you_could 3:0.11 10:0.17
b:you_get 5:0.13 11:0.19
b:you_like 8:-0.16
b:you_pay 5:0.13
b:you_the 13:0.11
b:you_to 1:-0.18
b:younger_members 8:0.11
b:younger_participants 8:-0.1
b:your_engineer 12:-0.14
b:£_12 4:0.1 5:0.13 11:0.11
b:£_120 5:0.16
b:£_140 11:-0.12
b:£_15 7:0.1 12:-0.1
b:£_18 4:0.13 6:0.15 11:-0.12
b:£_180 11:-0.16
b:£_2 0:-0.16 11:0.14 13:0.11
b:£_20 4:-0.11
b:£_22 6:0.11 11:-0.11
b:£_25 12:0.26
b:£_26 12:-0.15
b:£_3 0:-0.14
b:£_30 4:0.15 11:0.12 13:0.14
b:£_340 11:-0.11
b:£_35 4:-0.13 11:0.15
b:£_38 12:-0.13
b:£_4 5:0.12
b:£_40 4:0.12
b:£_400 9:0.12
b:£_45 0:0.23 4:0.11
b:£_5 4:-0.13 6:0.14 11:0.13
b:£_60 6:-0.15 9:0.13
b:£_65 11:0.17
b:£_7 12:0.11
b:£_70 4:0.16
b:£_9 4:0.13 5:-0.14
b:£_95 11:-0.21
le:cleanliness 10:0.3
le:communication 6:0.1 13:-0.14
le:price 11:0.23
le:product-quality 12:-0.11
le:staff-attitude 1:0.23 2:-0.12 8:-0.31
ln:cleanliness 0:-0.5 1:-0.25 2:-0.15 3:1.81 4:-0.2 5:-0.35 6:-0.48 10:-2.95 11:-0.27 12:-0.17
ln:communication 0:-0.12 1:-0.22 2:-0.18 4:-0.25 5:-0.15 6:1.19 7:-0.83 9:-0.33 11:-0.46 12:-0.24 13:-2.43
ln:knowledge 0:-0.17 1:-0.29 2:1.32 3:-0.27 4:-0.37 5:-0.16 6:-0.22 7:-0.26 9:-2.59 12:-0.37 13:-0.41
ln:price 0:-0.24 1:-0.12 2:-0.38 4:1.58 10:-0.2 11:-2.82 12:-0.11 13:-0.25
ln:product-quality 0:-0.32 1:-0.16 4:-0.23 5:1.07 6:-0.12 7:-0.31 9:-0.43 10:-0.3 11:-0.39 12:-3.14 13:0.33
ln:staff-attitude 0:-0.4 1:1.62 2:-0.39 3:-0.32 4:-0.49 5:-0.25 6:-0.63 8:-3.37 13:-0.43
ln:waiting-time 0:1.15 2:-0.12 3:-0.3 4:-0.47 5:-0.16 6:0.12 7:-3.1 8:0.14 9:-0.21 10:-0.17 13:-0.75
lp:cleanliness 0:0.13 2:-0.17 3:2.05 6:-0.16 8:0.15 10:3.34 11:0.13 12:0.36
lp:communication 0:-0.28 1:-0.17 3:-0.4 4:-0.11 5:-0.27 6:1.68 7:0.61 8:0.55 9:0.9 11:0.3 12:0.27 13:2.47
lp:knowledge 0:-0.26 1:-0.16 2:1.84 3:-0.21 5:-0.21 6:-0.26 7:0.17 9:2.84 12:0.83 13:0.19
lp:price 0:-0.1 3:-0.25 4:2.04 5:0.16 6:-0.52 7:0.46 8:0.33 9:0.38 11:3.3 12:0.56 13:0.39
lp:product-quality 0:0.11 1:0.12 2:-0.38 4:0.29 5:1.39 6:-0.25 7:0.35 9:0.41 10:0.32 11:0.34 12:3.07
lp:staff-attitude 0:0.12 1:1.74 3:0.15 4:0.23 5:0.24 6:0.14 8:3.22 9:0.16 10:0.15 11:0.34 13:0.41
lp:waiting-time 0:1.62 1:-0.16 2:-0.25 5:-0.16 6:-0.3 7:3.23 9:0.2 10:0.28 12:0.4 13:0.48
lt:cleanliness 0:-0.43 1:-0.26 2:-0.32 3:3.78 4:-0.16 5:-0.45 6:-0.65 8:0.11 11:-0.14
lt:communication 0:-0.42 1:-0.38 2:-0.22 3:-0.44 4:-0.29 5:-0.47 6:2.77 7:-0.19 8:0.55 9:0.57 11:-0.16 13:0.18
lt:knowledge 0:-0.42 1:-0.45 2:3.13 3:-0.48 4:-0.36 5:-0.36 6:-0.46 7:-0.1 9:0.3 12:0.47 13:-0.17
lt:price 0:-0.33 1:-0.2 2:-0.44 3:-0.22 4:3.55 5:0.12 6:-0.42 7:0.48 8:0.42 9:0.34 10:-0.12 11:0.24 12:0.41 13:0.14
lt:product-quality 0:-0.22 2:-0.39 5:2.37 6:-0.37 13:0.3
lt:staff-attitude 0:-0.28 1:3.13 2:-0.25 3:-0.14 4:-0.22 6:-0.48 7:-0.1 8:0.16 9:0.2 11:0.36
lt:waiting-time 0:2.71 1:-0.26 2:-0.36 3:-0.27 4:-0.45 5:-0.28 6:-0.17 7:0.17 8:0.14 10:0.1 12:0.44 13:-0.27
n:! 7:0.16 12:0.31
n:3 5:0.11 12:-0.13
n:6 7:-0.15
n:a 0:0.18 2:0.14 3:0.13 4:-0.26 5:0.2 6:-0.17 9:-0.11 10:0.29 13:-0.18
n:about 2:0.22 9:-0.23
n:after 7:-0.15
n:again 12:-0.1
n:and 0:-0.12 5:0.15
n:answer 2:0.16 9:-0.19
n:answered 6:0.11
n:any 0:0.12
n:anyone 9:0.11
n:anything 9:-0.15
n:anywhere 10:0.2
n:argue 4:0.16 11:0.29
n:as 4:-0.1 12:-0.18
n:ask 6:0.13
n:asked 13:0.11
n:asking 1:0.12 5:0.18 8:0.15 12:-0.13
n:at 0:-0.12 2:0.18 5:-0.12 7:0.16 8:0.3
n:back 6:0.23
n:bad 7:0.14
n:be 7:0.15 13:0.1
n:been 6:-0.19
n:before 6:0.18
n:believe 0:0.1 7:0.19 12:0.1
n:bench 0:0.14 7:-0.2
n:between 3:0.11
n:bother 9:0.15 11:0.13
n:bothered 8:-0.17
n:broken 5:0.13
n:call 0:0.18 7:-0.1 13:-0.1
n:came 0:-0.12 5:0.14 6:0.1 12:-0.15
n:can 11:0.14
n:cared 8:-0.14 12:0.14
n:charge 4:0.13 5:-0.12 7:0.13 11:0.16
n:cheap 3:-0.12 4:0.27 11:-0.56 12:0.33
n:cheapest 2:-0.15 4:0.17 11:-0.43 12:0.11
n:chips 12:0.13
n:claims 4:0.12
n:cleaned 10:-0.16
n:close 12:-0.13
n:clue 1:-0.11 2:0.26 6:-0.12 9:-0.21
n:collected 5:0.17 12:-0.17
n:come 5:0.11
n:complain 4:0.1 11:0.2
n:complaining 7:0.11 11:0.21
n:could 0:0.12 2:-0.13
n:crumb 10:0.12
n:difference 11:-0.12
n:discount 4:0.13
n:do 8:0.16 12:-0.11
n:drop 4:-0.12 12:0.14
n:either 1:-0.17
n:else 9:0.14
n:email 7:-0.12
n:enough 5:0.12 8:0.14
n:even 1:0.32 8:-0.28
n:ever 6:0.17 11:0.15
n:exactly 0:0.11 5:-0.13 6:-0.13 7:-0.14
n:explain 6:0.14 13:-0.27
n:fault 10:0.13
n:feel 1:0.14 5:-0.13 8:0.1
n:find 11:-0.13
n:firm 11:-0.12
n:fix 5:0.15 12:-0.14
n:fixed 7:-0.11
n:follow 13:-0.18
n:for 2:-0.16 4:0.19 6:0.11 7:0.1 11:0.26 12:-0.16 13:0.28
n:free 0:0.22 7:-0.24
n:friendliest 1:0.13 8:-0.16
n:fuss 0:0.11 6:0.13 7:0.15 8:0.16 12:-0.12 13:0.17
n:get 0:0.11 1:0.14 7:-0.29 12:0.11
n:giving 5:0.11 8:0.11
n:going 1:-0.1
n:good 13:0.12
n:got 6:0.15
n:group 12:0.14
n:had 1:-0.15 6:0.14 7:0.16 13:0.25
n:hand 5:0.12
n:have 1:0.14 5:0.12 13:0.21
n:having 13:0.12
n:hear 13:0.12
n:hello 12:0.14
n:her 0:-0.13
n:how 1:0.11 9:-0.14
n:i 8:-0.11 9:0.17
n:idea 9:-0.14
n:if 9:0.1
n:in 2:-0.15 5:0.19 7:0.18 8:-0.24 10:-0.15
n:it 0:0.16 7:0.26 11:0.1 12:0.23
n:ive 4:0.12
n:just 9:0.1
n:know 1:-0.15 2:0.29 9:-0.37 11:0.18
n:knows 2:-0.15
n:less 8:-0.23
n:let 9:0.12 12:0.15 13:-0.21
n:listen 13:-0.16
n:longer 13:0.12
n:look 0:-0.12
n:made 0:-0.13 1:0.13
n:me 0:0.16 1:0.3 3:-0.13 6:0.14 12:0.13 13:-0.28
n:mentioned 4:0.19 6:0.17 11:-0.11 13:-0.13
n:mind 11:0.1 12:0.14
n:missed 5:0.17 12:0.21
n:more 7:0.19 13:0.11
n:much 3:0.11 10:0.11
n:my 0:-0.18 2:-0.1 4:-0.12 5:0.22 12:-0.33
n:need 2:0.15 9:0.28
n:new 2:0.12 13:-0.18
n:nicer 8:0.11
n:of 5:-0.1 6:-0.19
n:often 11:0.13
n:on 0:0.15 2:-0.12 4:0.11 7:0.15
n:once 1:0.2 6:-0.15 7:0.29 8:0.14 9:0.12 11:0.17 12:0.16 13:0.1
n:one 3:-0.18 4:-0.15 5:-0.12 6:0.26 9:-0.15 12:-0.13 13:-0.23
n:or 8:-0.13
n:our 0:0.12 7:-0.14
n:particularly 1:-0.12
n:paying 5:0.11 7:0.1 12:0.14
n:pressure 1:0.11
n:properly 9:-0.1
n:pub 11:-0.15
n:questions 6:0.12
n:queue 7:0.18
n:quibbles 13:0.12
n:quick 0:0.1
n:rang 6:0.11 13:-0.13
n:ready 0:0.11
n:really 12:-0.15
n:reason 6:-0.1
n:refund 5:0.12
n:reply 0:-0.13
n:rude 0:-0.1 1:-0.14 5:-0.19 6:-0.16 8:-0.11
n:rush 0:0.11
n:say 0:0.17 6:0.21 7:-0.17 8:-0.21 13:-0.24
n:scratch 5:0.1
n:see 5:0.16 11:-0.12 12:-0.12
n:seem 2:0.12 9:-0.13
n:since 0:-0.11
n:single 0:-0.14 6:0.12 10:0.2 13:-0.11
n:so 6:0.11 10:0.17 12:-0.11
n:still 7:-0.16
n:surprises 13:0.1
n:take 1:0.11 8:-0.13
n:tell 0:0.11 1:-0.11 2:0.26 3:-0.13 4:-0.11 9:-0.13 12:0.17 13:-0.29
n:tells 6:0.11
n:text 6:0.1
n:than 12:-0.16
n:that 1:0.1 3:-0.13 4:0.28 6:0.11 7:0.13 8:0.11 11:0.26 12:-0.11 13:0.13
n:the 0:0.31 1:-0.12 4:0.27 6:0.11 8:-0.23 9:-0.23 11:-0.28 12:0.1 13:-0.36
n:their 8:-0.1
n:them 2:0.2 9:-0.21 13:-0.12
n:they 13:-0.14
n:this 2:0.12
n:three 7:0.24
n:through 0:0.14 7:-0.11
n:to 2:0.1 4:-0.16 5:-0.18 6:0.23 7:-0.16 8:0.18 12:-0.17 13:0.13
n:told 0:0.11 6:0.2 7:-0.13 13:-0.15
n:too 7:0.12
n:try 1:0.16 8:0.16
n:turn 0:-0.12 5:0.26
n:understand 1:0.11 5:-0.12 8:0.12
n:unhelpful 1:0.16 8:0.13
n:unkind 1:0.1
n:until 6:0.12 7:-0.12 13:-0.12
n:up 0:-0.14 5:0.11 8:-0.12 12:0.12
n:updated 13:-0.19
n:upsell 1:0.22 8:0.16
n:us 6:0.12 8:0.19 12:-0.12
n:waiting 7:0.1
n:warm 1:-0.1
n:warning 5:0.13
n:was 0:-0.12 1:-0.12 2:-0.12 5:-0.14 9:-0.11
n:we 5:0.12
n:weeks 12:-0.13
n:what 1:-0.12 4:-0.11 5:-0.34 6:0.18 9:-0.18 11:-0.11 13:-0.23
n:when 5:0.18 6:0.24 13:-0.18
n:where 9:-0.12
n:whether 5:-0.12
n:why 13:-0.14
n:with 2:0.14 4:0.15 7:0.1 11:0.33 12:0.11
n:work 12:-0.3
n:wot 2:0.11
n:you 5:-0.12
n:£ 11:-0.11
s:! 1:-0.19 2:-0.36 3:-0.13 4:0.15 6:-0.19 7:0.19 10:0.39 12:0.77
s:$ 8:-0.13
s:% 4:0.26 7:0.13 11:-0.21
s:02 0:0.21 7:0.22
s:05 13:0.22
s:1 1:-0.2 4:0.16 6:0.23 11:-0.1 12:0.18 13:-0.22
s:10 0:0.25 1:-0.22 3:-0.15 4:-0.19 9:-0.16 13:-0.11
s:11 0:0.11
s:12 0:0.23 1:-0.15 4:0.1 5:0.14 10:0.14
s:120 5:0.16
s:14 5:0.18 7:-0.21
s:140 11:-0.18
s:15 3:0.11 4:0.11 12:-0.13
s:17 6:0.1
s:18 4:0.12 6:0.14 11:-0.12
s:180 11:-0.16
s:19 13:-0.15
s:2 0:0.24 2:-0.15 3:-0.15 7:-0.14 10:0.14 11:0.18 13:0.32
s:20 0:0.28 5:-0.17 10:0.11 11:0.35
s:2019 12:0.13
s:22 6:0.11 11:-0.12
s:24 0:-0.11 7:0.13 11:-0.13
s:25 0:0.16 12:0.23
s:26 12:-0.15
s:3 0:0.36 1:-0.14 3:-0.11 4:-0.15 6:-0.13 9:-0.26 11:-0.18 13:-0.2
s:30 1:0.16 5:-0.2 12:0.13 13:0.11
s:300 8:0.13
s:340 11:-0.11
s:35 0:0.11 4:-0.2 11:0.17 13:-0.11
s:38 11:-0.1 12:-0.32
s:4 0:0.28 3:-0.15 4:0.11 5:-0.2 6:0.12 7:-0.47 12:0.14
s:40 0:0.41 3:-0.12 4:0.29 5:-0.1 7:-0.34 8:0.12 11:-0.26 13:-0.2
s:400 9:0.13
s:42 11:-0.13
s:45 0:0.36 4:0.16 7:-0.14 11:-0.22 13:0.11
s:48 5:0.16 11:-0.16
s:5 0:0.41 4:-0.26 5:-0.13 11:0.23
s:50 0:0.19 1:-0.1 4:0.1 6:0.15 7:-0.28 11:-0.32 13:-0.13
s:500 5:0.1 12:-0.15
s:59 7:0.14
s:6 0:0.27 6:0.11 7:-0.17 11:-0.11
s:60 9:0.13
s:65 4:0.12 11:0.19
s:7 0:0.24 12:0.16 13:-0.22
s:70 4:0.16 11:-0.12
s:8 0:0.47 5:0.13 6:-0.12 10:0.12 12:0.36 13:-0.1
s:80 0:-0.13 4:0.13 11:-0.13 12:-0.14
s:9 0:0.22 1:0.11 4:0.13 5:-0.15
s:90 3:-0.1
s:95 4:0.1 11:-0.19
s:99 4:0.18 8:-0.1
s:? 0:-0.11 1:-0.14 5:-0.26 7:-0.35 8:-0.31 11:-0.11 12:-0.12 13:-0.18
s:a 1:-0.16 3:-0.25 4:-0.15 5:0.12 7:-0.16 8:-0.24 10:-0.24
s:about 0:-0.16 2:0.26 3:-0.11 4:-0.37 5:-0.13 6:0.12 7:0.14 9:-0.16 10:0.24 12:0.14 13:-0.27
s:above 12:0.13
s:absolute 4:0.14 9:-0.13 12:-0.13
s:acceptable 11:-0.14
s:account 0:0.11 5:-0.12 6:0.21 7:0.19 9:-0.16
s:acknowledge 8:-0.16
s:across 12:-0.13
s:acted 1:0.22 8:-0.11
s:actual 0:0.14 1:-0.16 6:0.26 7:0.23 8:0.25 9:0.2 10:0.15 12:0.54 13:0.62
s:address 8:-0.1
s:adjust 11:-0.1
s:admit 1:-0.11
s:advertis 12:-0.13
s:advice 2:0.38 9:-0.12
s:adviser 0:-0.14 2:0.25
s:advisor 0:-0.12 2:0.12 7:-0.17 8:0.11
s:after 5:0.25 6:0.17 10:0.22 13:0.13
s:afternoon 3:0.14 7:0.17 10:-0.16
s:again 1:-0.14 2:-0.17 3:-0.13 5:0.3 6:-0.15 7:-0.14 8:-0.17 12:-0.22
s:against 2:0.11
s:agent 5:-0.11 6:0.3 8:-0.16 9:-0.22 13:-0.41
s:ages 7:-0.13
s:ago 6:0.11 12:0.11 13:-0.1
s:agre 5:0.16 6:0.17 8:0.17 13:0.1
s:ahead 0:0.15
s:air 10:0.16
s:airport 11:-0.12
s:aisle 3:0.14 5:-0.12
s:all 1:0.14 2:0.17 3:0.22 4:-0.19 5:-0.12 6:-0.14 8:0.15 9:0.11 12:0.11 13:0.14
s:allowance 9:-0.12
s:almost 0:0.11 10:0.14
s:alone 5:0.12
s:along 2:0.15
s:already 5:0.23 6:0.18 9:-0.12 12:-0.23 13:-0.18
s:alright 12:-0.16
s:also 2:0.1 12:0.12
s:alteration 5:0.11 12:0.12
s:alway 0:0.17 1:0.18 2:-0.17 3:0.15 5:-0.15 7:0.14 8:0.24 10:0.17 12:0.13
s:am 0:0.15
s:amazin 10:-0.12
s:an 0:0.15 2:0.17 5:-0.19 6:0.16 9:-0.11 10:0.19 11:0.1
s:and 2:0.27 3:0.21 5:0.18 6:0.16 8:0.4 9:0.38 11:0.28 12:0.17 13:0.29
s:animal 2:0.12 10:0.14
s:anniversary 7:0.11
s:announcement 6:0.17
s:another 1:-0.18 2:0.1 3:-0.12 9:0.16 13:-0.19
s:answer 2:0.79 3:-0.11 4:-0.3 5:-0.29 8:0.26
s:any 0:0.13 4:-0.17 5:-0.24 7:0.15
s:anyone 0:-0.18 2:-0.12 5:-0.1 8:-0.11 10:0.13 13:-0.11
s:anyth 0:-0.11 6:0.14 7:-0.12 11:0.19
s:anywhere 6:0.12 7:0.12 10:0.29
s:apart 12:-0.1
s:apologetic 1:0.13 3:0.1 5:0.11
s:apologis 5:0.15
s:apology 6:0.1 12:-0.11
s:app 1:-0.18 2:-0.18 4:0.12 5:0.38 6:0.26 12:-0.17
s:apparent 0:0.11 9:-0.12
s:appear 6:0.11
s:appli 0:0.14
s:appointment 0:0.24 5:-0.13 6:0.11 9:0.14 13:-0.2
s:appreciat 2:-0.13 6:0.27 7:-0.11
s:appreciate 13:0.14
s:apps 6:0.11 12:-0.1
s:are 2:0.15 5:0.24 7:-0.13 10:-0.29 11:-0.26 13:-0.34
s:area 3:0.17 5:0.16
s:arent 0:0.13
s:argue 4:0.16 11:0.29
s:around 2:0.15 5:-0.1
s:arrangement 12:0.14
s:arriv 0:0.42 2:-0.13 5:0.25 6:0.4
s:arrive 0:0.11 7:0.13 8:0.11
s:as 1:0.32 10:0.16 11:0.31 13:-0.13
s:ask 0:-0.2 1:0.17 2:0.22 3:-0.13 5:-0.13 8:-0.13 9:-0.43 13:-0.13
s:asked 0:-0.3 2:0.26 3:-0.29 4:-0.29 5:-0.21 8:-0.15 9:-0.22 12:-0.14 13:-0.14
s:asking 0:-0.11 1:0.16 12:-0.1
s:asleep 8:-0.15
s:assistant 1:0.11 2:0.13 9:0.11 12:0.15 13:-0.19
s:at 0:0.26 1:0.3 3:-0.21 5:-0.14 7:0.13 9:0.18 12:0.24
s:ate 1:0.1
s:attentive 5:0.11
s:auditorium 4:0.11
s:august 0:0.15 7:-0.2
s:away 7:0.11 8:0.1 9:0.17 12:0.13
s:back 0:-0.17 2:-0.14 5:0.44 6:0.18 7:0.27 8:-0.13 10:-0.23 12:-0.31 13:-0.11
s:bad 7:0.11 11:-0.14 12:-0.22
s:bag 0:0.18 5:-0.19 12:0.32
s:bags 11:-0.21
s:bakery 5:0.17 12:0.14
s:ball 1:0.12
s:band 1:-0.19 4:0.12
s:bang 7:0.12
s:bank 0:0.17 2:-0.13 3:-0.13 6:-0.13 9:-0.17 11:-0.12
s:bar 1:0.18 2:-0.13
s:barber 5:0.21 12:-0.18
s:bare 5:0.12 6:-0.1 12:-0.29 13:-0.13
s:bargain 4:0.17
s:bark 8:-0.11
s:barrier 8:0.11
s:basic 2:0.1
s:basical 7:0.14
s:bath 10:-0.19
s:bathroom 3:0.19 5:-0.12 10:-0.13
s:battery 12:0.14
s:be 0:0.15 1:-0.25 4:0.12 5:-0.26 6:0.23 9:-0.25
s:beat 11:0.2
s:beautiful 5:0.2
s:because 3:-0.14 7:-0.34 10:0.16 11:0.19 12:-0.3
s:bed 5:0.13 6:-0.11
s:bedroom 5:-0.12
s:beef 12:-0.14
s:been 0:-0.13 2:-0.12 3:0.21 4:-0.3 5:-0.11 7:-0.26 8:0.13 10:-0.24 11:0.1 13:-0.33
s:before 1:-0.14 2:-0.15 5:-0.22 6:0.18 7:0.32 9:0.14 10:0.32 12:0.17 13:0.43
s:beforehand 6:0.14
s:behind 0:0.15 1:0.14
s:being 5:-0.18 7:-0.31 8:-0.26 13:-0.14
s:believe 0:0.1 7:0.19 12:0.1
s:bench 0:0.23 7:-0.27
s:benefit 1:0.12
s:best 0:-0.13 2:-0.21 3:-0.27 5:0.33 7:-0.13 11:0.25 12:0.55 13:0.12
s:better 2:0.12 5:0.21 6:-0.1 8:-0.1 9:0.17 12:0.26
s:between 0:0.27 1:-0.12 6:0.18 7:-0.21
s:beyond 5:-0.11
s:bien 5:0.11
s:big 2:0.16 5:-0.1 8:-0.12 11:0.2
s:bike 5:0.15 9:0.1
s:bill 1:0.18 2:-0.21 4:0.36 6:0.51 8:-0.15 11:-0.1
s:bin 0:-0.23 1:-0.11 5:0.18 13:-0.15
s:bins 2:-0.13 3:0.14 4:-0.11 5:0.45 10:-0.22 12:-0.31
s:bird 5:0.16 12:0.15
s:bit 4:0.19 6:-0.23 7:0.12 8:-0.15 9:0.28 10:0.1
s:bitter 5:0.11
s:blame 5:0.11 12:-0.11
s:block 6:-0.12
s:bloke 1:0.34 7:0.12
s:blood 2:0.3 4:0.1 5:-0.1 11:-0.14
s:blow 11:0.17 12:-0.12
s:blue 2:0.11
s:board 0:-0.1 5:0.12 6:0.21 10:0.15 11:-0.13
s:bob 5:0.17
s:boil 12:-0.13
s:boiler 0:0.17 3:0.1 5:-0.14
s:bone 12:0.31
s:book 0:0.44 1:-0.19 2:-0.1 4:0.1 7:0.19 8:0.15 9:0.28 11:0.16 13:0.31
s:boot 12:0.14
s:booth 3:0.11
s:bot 6:0.18 13:-0.2
s:bother 8:-0.2 9:0.17 11:0.13
s:bottle 11:0.14
s:bought 5:0.4
s:box 0:-0.11 4:-0.15 5:0.17 9:-0.13 12:-0.14 13:0.1
s:boy 8:-0.21
s:brake 1:-0.12 2:0.23
s:branch 5:-0.25 7:0.26 9:-0.25 13:-0.31
s:brand 0:0.14 5:0.29 7:0.13 12:0.17
s:bread 5:0.12 12:-0.2
s:break 2:-0.11 5:-0.16 6:-0.14 7:-0.13
s:breakfast 4:0.24 5:0.28 8:0.16 11:0.11 12:0.15
s:bridal 8:0.2
s:bride 13:0.12
s:brilliant 4:-0.1 5:0.16 6:0.16 8:0.11 9:0.17 13:0.11
s:bring 12:-0.14
s:broad 13:0.14
s:broadband 5:0.22 7:-0.13 9:-0.15 11:-0.13 12:0.17
s:broken 0:0.19 10:0.14
s:brought 5:-0.14 10:0.15
s:brow 5:0.11 8:-0.16
s:brown 5:0.13 7:-0.11 12:-0.12
s:budget 11:0.3 12:0.11
s:build 6:0.1
s:builder 0:0.12 1:-0.18 6:0.1 7:-0.14 11:0.18
s:bulky 4:-0.11
s:burger 5:0.14 10:-0.14
s:burnt 5:0.2 12:-0.14
s:bus 1:0.1 4:-0.13 5:-0.23 8:0.11
s:busy 1:0.19
s:but 0:0.16 1:0.35 2:0.17 3:0.2 4:0.32 5:0.3 7:-0.19 8:0.34 9:-0.11 10:-0.14 11:-0.36 12:0.25
s:butcher 5:0.11
s:button 8:-0.11
s:buy 6:-0.11 11:-0.16
s:buyer 13:-0.12
s:buying 2:0.1 11:0.11
s:by 0:0.43 3:0.22 4:0.15 6:0.12 7:0.23 9:0.12 12:-0.19 13:0.14
s:cabinet 5:0.1 12:0.1
s:cable 1:-0.11 5:0.15
s:cafe 12:-0.12
s:café 1:-0.12 3:0.12 5:0.2 10:-0.21
s:cake 5:0.35 12:0.11
s:call 0:0.24 2:-0.26 5:-0.13 6:0.28 7:-0.1 8:-0.22 10:-0.11 12:-0.19 13:-0.15
s:callback 7:0.17
s:calm 0:0.11 1:-0.22
s:came 3:0.17 4:-0.13 5:0.21 6:0.2 9:0.28
s:can 6:0.15 9:0.19 11:0.27 12:0.1 13:0.37
s:cancell 1:-0.13 4:-0.16 5:-0.19 6:0.35 7:-0.26 13:-0.27
s:cannot 9:-0.1
s:cant 0:0.12 2:0.11 4:0.2 6:-0.12 8:0.14 9:-0.14 11:0.41 12:0.17 13:-0.16
s:canteen 0:-0.11
s:car 0:0.18 2:-0.19 3:0.24 6:-0.13 11:-0.13 13:-0.19
s:card 1:0.11 5:-0.14 8:0.28
s:care 5:0.12 12:0.17
s:cared 8:-0.14 12:0.14
s:careful 5:0.18 8:0.1
s:carpet 3:0.15
s:carri 1:0.15 12:0.12
s:carrier 11:-0.19
s:cashier 5:-0.16 8:-0.29 9:-0.12
s:cast 5:0.11
s:cat 12:0.14
s:ceil 10:0.12
s:centre 1:0.18 3:0.11 6:-0.21 7:-0.1 9:0.12 12:-0.12 13:-0.14
s:cest 4:0.11
s:chain 1:0.14 8:-0.15
s:chair 8:-0.18
s:chance 0:-0.13
s:chang 0:-0.18 3:0.28 5:-0.17 6:-0.13 9:-0.14 10:-0.19 11:0.13 13:-0.22
s:change 1:0.22 5:-0.18 8:0.21 10:0.11
s:chap 1:0.1 2:0.17
s:charg 0:-0.18 1:-0.15 4:0.7 9:-0.15 11:-0.33 13:-0.17
s:charge 4:0.66 5:-0.25 6:0.35 7:0.14 9:-0.12 11:-0.16 13:-0.26
s:chase 6:0.13 13:0.16
s:chat 0:0.1 1:0.15 6:0.23 13:-0.33
s:chatbot 6:0.15 13:-0.13
s:chatt 1:0.22 8:-0.11
s:chatty 12:-0.14
s:cheap 1:-0.17 2:-0.16 3:-0.16 4:0.65 5:0.21 6:-0.16 7:0.11 11:0.15 12:0.19
s:cheaper 2:0.13 4:0.11 9:0.16
s:cheapest 2:-0.18 4:0.28 7:0.15 11:-0.12
s:check 0:0.11 1:0.22 2:0.35 3:0.13 5:-0.15 7:0.15 9:0.13 12:-0.13 13:0.18
s:checkout 0:0.31 2:-0.12 4:0.13 5:-0.22 6:0.22 11:-0.17 12:-0.13 13:-0.15
s:cheer 12:-0.12
s:cheerful 4:0.19 5:0.11
s:chef 5:0.2 8:0.12 10:-0.14 11:-0.14 12:0.11
s:cher 11:0.15
s:chew 1:-0.18
s:chicken 5:0.1 8:0.12 12:-0.14
s:children 0:-0.13 1:0.23 3:0.12 8:0.15
s:chip 2:-0.11 3:-0.12 5:0.42 11:0.35 12:-0.19
s:chipp 8:0.1 12:-0.14 13:-0.1
s:chocolate 1:-0.12
s:choose 12:0.12
s:christma 1:-0.2 6:-0.14
s:chuck 5:0.16 12:-0.15
s:cinema 10:0.15 11:0.22
s:claim 4:0.18 9:0.14
s:class 2:0.13 7:-0.13 9:0.14
s:clean 0:-0.17 1:-0.16 2:-0.16 3:0.85 5:-0.13 6:-0.26 9:0.14 10:0.3 11:-0.25 12:-0.14
s:cleaner 3:0.37 5:0.22 6:-0.14 7:-0.12 10:0.24
s:cleanest 3:0.11
s:cleanliness 1:-0.11 3:0.13 6:-0.13
s:clear 1:0.2 2:0.28 3:-0.1 5:-0.11 6:0.38 9:0.12 12:-0.19 13:0.57
s:client 0:-0.15 2:0.13 9:0.12 11:-0.13 12:-0.1
s:clinic 0:0.12
s:clipping 3:0.16 10:-0.24 12:0.17
s:clos 0:-0.18 5:-0.21 6:0.12 7:0.14 13:-0.1
s:close 12:-0.12
s:cloth 10:-0.12
s:cloud 12:0.1
s:cloudy 3:0.19 10:-0.13
s:club 5:0.11 6:0.15 10:-0.11
s:clue 1:-0.11 2:0.26 6:-0.12 9:-0.21
s:clueless 2:0.21 9:-0.17
s:coach 1:0.29 8:-0.21 12:-0.11
s:coat 0:-0.1 5:0.16
s:cocktail 4:0.11 11:0.19
s:code 5:-0.13 13:-0.16
s:coffee 2:-0.14 5:0.2 10:-0.15 12:-0.1 13:0.11
s:cold 0:0.12 1:0.17 2:-0.14 3:-0.13 5:0.55 7:-0.27 11:-0.12 12:-0.28
s:collar 12:-0.2
s:colleague 1:0.12 2:0.13 6:-0.14 9:-0.11
s:collect 0:0.13 1:-0.1 7:-0.11 12:-0.21
s:collection 4:-0.12 6:0.15 12:0.1
s:colour 1:0.13 2:0.13 9:0.14
s:come 0:0.16 4:-0.14 5:0.19 9:-0.11 11:0.11 12:0.14
s:comfortable 5:0.15 12:0.1
s:comfy 12:0.14
s:coming 5:0.18 10:-0.11 13:-0.19
s:comment 0:-0.12 3:0.18 10:0.26 12:0.11
s:communication 6:0.16 13:-0.23
s:company 0:0.16 3:-0.15 5:0.1 6:0.23 7:-0.15 12:-0.27
s:compar 4:0.1 7:0.13 11:0.14
s:complain 0:0.24 3:0.2 4:0.12 11:0.45 12:-0.11
s:complaint 0:0.26 2:-0.11 4:-0.17 6:0.13 8:-0.12 10:0.19 12:0.28
s:complete 12:0.11
s:compliment 12:0.12
s:complimentary 3:0.12 4:-0.17
s:computer 5:0.1 12:-0.1
s:concern 1:-0.14
s:confirm 0:-0.11
s:confirmation 6:0.18
s:confus 6:0.16 13:-0.35
s:connection 6:0.11
s:consensu 12:-0.11
s:consistent 5:0.11 12:-0.1
s:constant 5:0.12 6:-0.11 12:-0.24
s:consultation 0:-0.12 2:0.14
s:contact 12:-0.1 13:-0.11
s:contract 5:-0.12
s:control 0:0.11
s:conversation 8:-0.11
s:cook 2:0.13 5:0.26 6:-0.15 9:0.16 12:0.21
s:coordinator 5:0.22
s:corner 2:-0.17 3:0.1
s:correct 4:0.13
s:corridor 12:0.11
s:cost 0:-0.14 1:-0.11 4:0.43 6:-0.11 11:-0.27 12:-0.12
s:could 0:0.15 1:-0.17 2:0.52 4:-0.27 5:-0.1 6:-0.17 7:-0.12 8:0.15 10:-0.11 11:-0.19
s:couldnt 1:0.12 5:-0.14 9:-0.2 11:0.13 13:0.12
s:couldve 10:0.21
s:council 0:0.21 1:-0.18 2:-0.12 3:-0.12 4:-0.18 6:0.13 7:-0.11 8:0.1 12:0.13
s:count 6:-0.12
s:counter 0:0.24 1:0.28 5:-0.14 6:-0.25 8:0.17 10:0.15
s:courier 0:0.14 2:-0.16 5:0.19 7:0.23 8:-0.12 12:-0.13
s:cours 5:0.11 11:0.15 12:0.11
s:course 2:0.11 5:0.12 7:-0.15
s:cover 2:0.19 3:0.1 5:-0.15 9:-0.23 12:0.17
s:cowboy 4:0.14 11:-0.11
s:crack 5:0.36 12:-0.16
s:craft 12:-0.24
s:crash 6:-0.18 7:-0.1 12:-0.14
s:cream 5:0.2 12:0.17
s:credit 1:-0.1 4:-0.1 6:0.11 7:0.1
s:crew 0:0.16 10:0.15
s:crisp 5:-0.26 11:0.2
s:croissant 5:0.27
s:crown 5:0.17 12:0.13
s:crumb 5:-0.15
s:curry 5:0.17 8:-0.12
s:curt 8:-0.16
s:customer 2:-0.13 5:-0.14 6:0.27 7:-0.12 8:-0.32 12:-0.28
s:cut 1:-0.12 3:0.19 5:0.1 10:-0.2 11:0.22 12:0.14
s:dad 5:-0.1
s:daily 6:0.13
s:damage 4:-0.13 5:-0.11 6:0.11 8:0.1
s:damp 5:-0.2
s:dark 0:0.18
s:date 2:0.14 6:0.31
s:daughter 0:-0.12 5:0.27 12:0.15 13:0.16
s:dave 12:0.1
s:day 0:0.25 2:-0.35 5:0.23 6:0.33 7:-0.14 8:0.1 9:-0.1 12:-0.22
s:daylight 0:-0.14 11:-0.12
s:days 0:0.52 2:-0.33 4:-0.22 5:-0.17 7:0.31 11:-0.23 12:-0.14
s:dead 5:-0.11
s:deal 11:0.2 12:0.14
s:dealer 5:-0.11 9:0.14 11:0.14
s:dealt 0:0.17 10:0.11
s:dear 4:0.15 11:-0.27
s:dearest 11:-0.14
s:debit 4:0.12
s:decent 11:0.22
s:deep 10:-0.17
s:degree 13:-0.12
s:delay 0:0.13 1:-0.14 5:0.15 6:0.22 7:0.14 13:0.19
s:deliver 1:0.15 2:-0.11 5:0.23 6:0.23
s:delivery 0:0.39 2:-0.19 3:-0.17 4:0.18 5:0.13 6:0.33 7:-0.3 8:-0.12 11:-0.24 13:-0.24
s:dent 5:0.14
s:dental 0:0.13
s:dentist 12:0.13
s:depend 2:0.23 6:-0.17
s:deposit 6:0.13 7:0.19 12:0.15
s:depot 7:-0.12
s:describ 1:0.19 2:0.16 5:0.11 6:0.15 10:0.22 12:0.23
s:desk 1:0.3 3:0.13 6:-0.25 8:-0.12 9:-0.18 13:0.11
s:despite 0:0.13 7:-0.1
s:diagnos 2:0.11 9:0.12
s:diagnostic 5:-0.12
s:did 0:0.1 6:0.18 8:0.21 11:0.1 12:0.17 13:-0.12
s:didnt 1:0.22 2:0.23 7:0.34 9:-0.2 10:0.16 11:0.27
s:died 1:0.12 13:0.12
s:different 0:-0.11 1:-0.16 2:0.42 9:-0.34
s:diner 5:-0.11
s:dinner 6:0.12
s:direct 4:0.11
s:dirty 1:0.11 2:-0.1 8:-0.13 10:-0.17
s:discount 4:0.26
s:discuss 5:0.1
s:discust 3:0.11
s:dish 2:0.14 9:-0.11
s:dismissive 8:-0.13
s:do 3:0.15 5:0.21 8:0.12 9:0.17
s:doc 8:-0.12
s:doctor 1:-0.1 5:-0.11 6:0.32 9:0.21 11:-0.13 13:-0.1
s:does 5:-0.13
s:doesnt 5:0.12 9:-0.11 13:-0.31
s:dog 1:0.12 3:0.15 4:-0.1 8:0.13
s:dogs 5:0.18
s:doing 5:0.18 7:-0.12 9:0.22
s:dominat 0:0.14
s:done 1:-0.11 7:0.17 12:0.15
s:dont 0:-0.13 4:0.19 5:-0.11 7:0.13 11:0.14
s:door 2:-0.19 6:0.12
s:doubl 4:0.11
s:double 5:0.11 9:0.14
s:down 0:0.13 2:-0.2 3:0.22 4:0.12 6:-0.13 7:0.17 10:0.13 11:0.15 12:-0.25 13:0.27
s:downhill 1:0.11
s:dr 2:0.12 9:0.18
s:dragon 8:-0.21
s:draw 13:0.12
s:dread 5:-0.11
s:drew 2:0.12 9:0.11
s:dried 7:0.11
s:drill 0:-0.11 5:0.15 12:-0.17
s:drink 8:-0.14 11:0.12 12:0.14
s:driv 3:-0.13 5:-0.12
s:drive 3:0.18 12:0.24
s:driver 0:0.29 1:0.42 5:0.19 6:0.14 12:-0.16
s:drop 1:-0.16 4:-0.19 5:0.18 9:-0.11
s:dropp 5:0.16 7:0.4 8:-0.12 10:0.22 12:-0.21 13:0.14
s:drove 5:0.12 12:0.11
s:dry 3:-0.15 5:0.24 11:0.16
s:dryer 10:0.17
s:dublin 11:-0.26
s:due 6:0.21 12:0.1 13:-0.13
s:dunno 11:0.11
s:dust 3:0.26 10:0.25
s:e 0:0.21 7:-0.26
s:each 1:0.17 2:-0.11 6:0.47 7:0.1 9:-0.11 12:-0.16 13:0.12
s:ear 1:-0.14 5:0.18 12:-0.14
s:early 2:0.12 11:-0.1 12:0.11
s:earth 11:-0.1
s:easy 0:0.14 6:0.1 7:0.19
s:eat 5:0.1 8:0.1
s:eaten 3:0.11
s:eczema 5:0.14 12:0.12
s:eggs 8:0.16
s:eight 0:0.38 2:0.11 5:-0.13 7:0.2
s:either 1:-0.17 13:-0.1
s:elder 1:0.23
s:electric 12:-0.11
s:electrician 5:-0.17 7:-0.1 9:0.13 10:0.16
s:eleven 0:0.16 1:-0.12 7:-0.11
s:els 2:0.17 3:0.19 9:-0.12 10:-0.14
s:else 4:0.13 6:-0.12 8:-0.12 9:0.11 11:0.23
s:email 0:-0.4 1:-0.14 2:-0.29 4:-0.13 6:1.3 8:0.15 12:-0.11 13:-0.23
s:emergency 7:-0.2
s:empty 12:-0.1
s:encourag 5:0.11
s:end 2:0.11 6:-0.11 7:-0.15 11:0.21
s:ended 7:-0.17 8:-0.11 9:-0.11
s:ends 12:0.2
s:energy 0:0.15 5:-0.14
s:engineer 2:0.3 12:-0.12
s:english 2:-0.12 6:0.15 9:0.12 13:0.23
s:enough 1:0.11 2:0.15 8:0.15
s:entire 11:0.17
s:entry 5:0.11
s:equipment 0:0.12 4:0.1 10:0.11 12:0.1
s:estate 1:-0.13 6:0.14
s:estimate 4:0.12
s:even 1:0.52 2:0.14 6:-0.23 7:0.26 8:0.15 10:0.23 13:0.1
s:eventual 0:-0.15 5:0.16 8:-0.11
s:ever 0:0.21 2:-0.14 5:-0.21 6:0.34 10:-0.25 11:0.22
s:every 3:0.21 6:0.17 8:0.13 9:0.14 10:0.33 11:-0.17 12:0.11 13:0.4
s:everyone 1:0.14 5:-0.21 8:0.23
s:everyth 1:0.11 3:0.12 5:0.17 6:0.25 7:0.13 10:0.21 12:0.29 13:0.31
s:everywhere 1:-0.1 3:0.28 10:-0.22
s:evryth 6:0.11
s:exact 0:0.24 1:-0.11 2:0.25 7:0.13 8:-0.16 9:0.48 11:0.22 12:0.25 13:0.45
s:excellent 2:0.12 5:0.15 6:0.16 9:0.14
s:expect 2:-0.16 4:0.2 5:0.14 7:0.11 10:0.1 13:0.11
s:expensive 4:0.12
s:experience 0:-0.1 5:-0.11
s:expert 2:0.17 9:-0.24
s:explain 1:0.25 4:-0.18 6:1 8:0.2 9:0.11 12:0.15 13:0.39
s:explan 6:0.15 13:0.1
s:explanation 6:0.13
s:express 0:0.31 5:-0.21 7:-0.27
s:extra 0:0.22 1:0.1 2:-0.14 5:0.13 7:-0.2 12:0.11
s:eye 4:0.2 5:-0.12 11:-0.17
s:eyes 8:-0.12
s:fab 1:0.21 8:0.21
s:face 5:0.11 12:0.17
s:fade 5:0.13 11:0.27 12:0.53
s:fail 12:0.14 13:0.24
s:fair 1:0.22 3:0.12 4:0.24 5:0.32 7:-0.11 11:0.49 12:0.16
s:familie 0:-0.12 10:0.13
s:fan 10:0.12
s:fantastic 7:-0.22 11:-0.23
s:far 0:0.16 7:0.12 8:-0.17
s:fare 2:0.19 5:-0.11 6:-0.14
s:fast 0:0.24 7:0.39 11:-0.15
s:fault 1:-0.13 2:0.17 7:0.2 9:0.25 10:0.13 13:0.12
s:faulty 9:0.12
s:favourite 8:-0.15
s:fed 11:-0.18
s:fee 4:0.62 5:-0.16 6:0.29 7:0.1 8:0.11 11:-0.56
s:feed 2:0.11
s:feedback 13:0.12
s:feel 0:-0.17 1:0.24 6:-0.16
s:fees 0:0.1 4:0.49 5:-0.18 11:-0.25
s:feet 8:0.12
s:fell 5:0.14 12:-0.19
s:felt 1:0.15 4:0.27 5:-0.19 6:0.11 11:-0.15
s:few 5:0.12 11:-0.14
s:fewer 12:0.14
s:fibre 5:0.12 9:-0.13
s:fifty 7:-0.11
s:filling 9:-0.11
s:film 5:0.11 12:0.16
s:filthy 0:-0.18 3:0.17 5:-0.15 10:-0.29
s:final 7:-0.2 9:0.35 10:0.45 12:0.28
s:find 0:-0.13 1:-0.13 6:0.13 7:0.11 10:-0.12 11:-0.16 12:-0.12 13:-0.35
s:fine 0:-0.17 1:-0.37 2:0.21 3:-0.15 4:0.16 5:-0.35 6:-0.27 8:-0.14 9:-0.12 11:0.12
s:finish 3:0.12 6:-0.21 7:0.11 8:-0.17 11:0.15
s:firm 2:-0.11 4:0.17
s:first 1:-0.12 2:0.24 3:-0.1 5:-0.11 6:-0.11 7:0.23 8:0.14 9:0.27 12:0.17 13:0.3
s:fish 3:-0.13 5:0.19 12:0.14
s:fit 7:-0.2
s:fitt 0:0.13 1:0.1 3:0.11 5:0.15 7:0.27 10:0.26 11:-0.11
s:fitter 1:0.15
s:five 0:0.32 2:-0.1 5:0.11 7:-0.29 8:-0.14 12:0.16 13:-0.12
s:fiver 11:0.41
s:fix 0:0.13 1:-0.19 3:-0.11 5:0.18 6:-0.14
s:fixed 0:0.18 4:0.12 11:0.16 12:0.13
s:fixture 6:0.1
s:flat 0:-0.14 2:0.13 5:0.17 6:-0.11 7:0.15 8:-0.1 11:0.15
s:flea 11:-0.13
s:flew 5:-0.12
s:floor 3:0.55 4:-0.17 5:-0.23 10:-0.51 11:0.12 12:0.17
s:florist 5:0.13
s:fly 0:0.14 1:-0.11 11:-0.31
s:focu 4:0.11 5:0.11
s:follow 0:0.15 6:0.2 7:-0.28 13:-0.19
s:food 0:0.1 2:-0.17 5:0.69 6:-0.19 10:-0.18 11:-0.17 12:0.27
s:for 3:-0.16 4:0.34 5:-0.13 7:-0.72 11:0.1 12:-0.25 13:-0.14
s:forgive 8:0.12
s:forgot 5:0.19 12:-0.12
s:form 0:-0.11 2:0.3 5:-0.19 13:0.12
s:fortnight 5:0.21 10:-0.11 12:-0.37
s:forty 0:0.13 2:0.13 7:-0.2 9:0.12 13:-0.16
s:found 0:-0.13 1:0.15 2:0.29 3:0.25 4:0.11 8:-0.24 9:0.15 11:0.12 12:0.19 13:-0.15
s:four 0:0.24 1:0.18 5:0.13 6:0.23 7:-0.28 8:-0.11 12:0.1
s:fourteen 0:0.13 6:0.13
s:foyer 10:0.17
s:fraud 0:0.19
s:free 0:0.3 4:-0.28 5:-0.12 8:0.11 11:0.19 13:-0.13
s:freez 12:-0.15
s:fresh 0:-0.13 3:0.21 10:0.31
s:friday 0:0.13 5:0.12
s:fridge 12:-0.11
s:friend 0:0.12 1:0.58 2:0.27 3:0.17 5:-0.15 6:-0.18 8:0.28 9:-0.12
s:friendliest 1:0.13 8:-0.16
s:from 0:-0.16 1:-0.11 4:-0.12 5:-0.17 6:0.12 7:0.19 11:-0.12 13:-0.3
s:front 3:0.18 5:0.22 9:-0.13 10:-0.18 12:-0.17
s:frozen 5:0.15 12:-0.15
s:frustration 0:0.14 1:0.14 2:-0.11 4:0.2
s:full 0:-0.2 1:-0.19 2:-0.13 4:0.13 5:0.24 6:0.16 9:-0.14 11:0.2
s:fuming 7:-0.11
s:fuse 1:0.13 5:0.1
s:fuss 0:0.1 6:0.12 7:0.15 8:0.13 12:-0.14 13:0.17
s:garage 1:-0.14 2:0.19 6:0.15 9:0.3
s:garden 1:-0.11 3:0.24 9:0.11 12:0.13
s:gardener 1:-0.11 4:0.11 5:0.2 12:0.28
s:gate 1:0.11 8:-0.14 11:0.12
s:gave 2:0.27 9:-0.36 13:0.17
s:gem 1:0.16 8:0.15 11:0.13
s:general 1:-0.15 4:-0.12
s:gentle 8:0.14 13:0.1
s:genuine 1:-0.16 5:0.28 11:0.12 12:0.13
s:get 0:0.24 3:-0.16 6:-0.27 7:-0.17 10:0.1 11:-0.12 12:-0.1
s:gets 11:-0.16
s:gett 0:0.3 6:0.14 7:-0.11 9:0.17 13:-0.16
s:girl 1:0.14 8:0.11 12:-0.11
s:give 0:0.14 2:0.1 5:0.21 6:0.13 8:0.12 9:-0.1 11:-0.11
s:given 2:0.12 5:0.17 12:0.17
s:giving 8:0.12
s:glad 12:0.13
s:glass 2:-0.1
s:glaucoma 2:0.12 9:0.11
s:gleam 3:0.13 10:0.18
s:gluten 2:0.13
s:go 1:-0.13 2:0.17 7:-0.13 8:0.1 12:-0.21
s:goes 7:-0.19
s:going 1:-0.17 2:-0.13 3:0.16 5:0.14 12:0.18
s:gone 0:0.15 2:0.11 5:0.15 10:0.19 12:0.24
s:good 0:-0.12 2:-0.18 5:0.2 8:0.17 9:0.11 12:0.27
s:googl 9:-0.16
s:gorgeou 5:0.27 10:0.1 12:0.31
s:got 6:0.13 7:0.14 12:-0.23
s:gp 0:0.13 2:0.16 5:-0.2
s:gps 2:0.11
s:gr 5:0.24 12:0.2
s:grate 12:0.12
s:greasy 3:0.11
s:great 2:-0.17 6:-0.11 7:-0.12 10:-0.16 11:0.13 13:-0.19
s:grey 5:0.17 12:-0.13
s:grim 3:0.33 5:-0.14 10:-0.27
s:gripe 3:0.11 7:0.14
s:grist 12:-0.12
s:groomer 12:-0.1
s:group 4:0.13 10:0.23
s:grout 5:0.13
s:grubby 3:0.1 10:-0.14
s:grunt 8:-0.19
s:guard 1:0.12 2:0.1 5:-0.11 9:0.12
s:guess 5:-0.12
s:guest 1:-0.13 3:0.19 10:-0.24 13:-0.18
s:guide 5:0.2 12:0.16
s:gum 1:-0.16
s:gums 0:-0.11 5:0.13 12:-0.12
s:guy 2:0.31 6:-0.2 7:0.12
s:gym 0:0.11 6:-0.11
s:gyms 5:-0.11 9:-0.1 11:0.12
s:had 2:0.15 3:0.1 7:0.33 8:-0.12 9:-0.12 11:-0.19
s:hadnt 2:0.11 6:0.11 13:-0.18
s:hair 0:-0.13 3:0.35 4:-0.11 10:-0.16
s:haircut 5:0.24
s:hairdresser 0:-0.11
s:hake 9:0.1
s:half 2:0.15 4:0.13 7:0.15 9:-0.19 12:-0.35 13:-0.15
s:hall 0:-0.11 3:0.13
s:hallway 3:0.1
s:halv 12:0.12 13:0.11
s:hand 2:0.1 3:0.14 5:0.12 9:0.16
s:handl 6:0.17 11:-0.11
s:handprint 3:0.11 5:-0.1
s:handset 2:0.14 9:0.1
s:handwritten 1:0.17
s:happen 0:0.2 2:-0.25 5:0.11 6:0.3 13:0.29
s:happy 4:0.14 11:0.31
s:hard 1:0.16 6:-0.11 7:0.12 12:0.21
s:has 0:-0.11 2:-0.13 5:0.29 6:0.13 7:0.18 9:0.17 11:-0.11 12:0.27 13:-0.18
s:hasnt 5:0.13 6:-0.2 12:0.16
s:hassle 7:0.2
s:hate 1:0.13
s:have 2:-0.13 3:0.28 7:0.12 8:-0.1 11:-0.33 12:-0.1 13:0.16
s:having 4:0.12 8:-0.16 11:-0.1
s:he 0:0.13 1:0.24 3:0.1 4:0.16 7:0.12 8:0.27 9:0.12 10:0.26 13:0.11
s:head 1:-0.2 6:-0.14 12:-0.18
s:headach 9:-0.13
s:headache 5:0.13
s:headphone 12:0.13
s:headset 2:-0.1 6:0.19 13:0.31
s:hear 0:-0.1 6:0.25 13:0.21
s:heard 6:0.22 13:-0.16
s:hed 1:0.24 2:-0.11 6:0.12 7:0.14 8:0.12
s:hedge 5:0.15 12:0.29
s:held 1:0.16 6:0.11 8:0.13
s:hello 1:0.17 8:-0.14 12:0.15
s:help 0:-0.13 1:0.19 2:0.13 5:-0.22 8:0.12
s:helpful 1:0.18 13:-0.18
s:helpfull 1:0.11 8:0.11
s:helpline 2:0.15 7:-0.11 8:0.14
s:her 0:-0.17 1:0.44 2:0.25 3:-0.11 6:-0.27 7:-0.15 9:0.15 12:-0.1
s:here 0:-0.12 2:-0.12 3:-0.12 5:-0.1 6:-0.22 7:0.24 10:0.1 11:0.17 12:-0.18
s:hes 0:-0.15 2:0.17 5:0.14 9:0.16 11:0.16
s:high 3:0.1 4:0.29 11:-0.2
s:higher 10:-0.15 11:-0.18
s:him 1:0.19 8:0.12
s:himself 3:0.14 12:0.24
s:hinge 12:-0.1
s:hip 11:-0.14
s:hire 12:-0.11
s:his 0:-0.25 1:0.48 2:0.21 8:-0.47 9:0.26 11:-0.28
s:hold 0:0.82 1:-0.24 3:-0.11 5:-0.18 6:-0.22
s:hole 0:0.15
s:holiday 3:-0.1 5:-0.1
s:home 1:-0.39 3:-0.11 5:0.17 6:0.17 12:0.14
s:honest 0:-0.27 3:-0.14 4:0.19 8:0.13 9:0.26 10:0.18 11:0.16 12:0.12 13:0.33
s:honk 10:-0.17
s:hook 12:-0.11
s:hoover 0:0.11 3:0.28 10:0.3
s:hora 0:0.11
s:hospital 0:-0.14 1:-0.18 11:-0.22
s:hot 0:0.11 7:0.24
s:hotel 2:-0.13 3:0.1 13:-0.1
s:hour 0:0.65 1:-0.11 2:-0.26 4:0.25 5:-0.34 6:0.15 7:-0.43 10:0.19 11:-0.19
s:hous 6:0.12
s:house 4:0.11 10:0.13
s:how 1:0.12 4:-0.33 8:0.21 10:0.19 11:0.18 12:-0.12 13:0.13
s:however 0:0.1 1:0.13 3:0.18 4:0.1 5:0.19 7:0.11 12:0.16
s:hrs 0:0.4 7:-0.27
s:human 6:0.1 13:-0.11
s:hurry 1:0.11
s:hurt 5:0.12
s:husband 0:-0.13 1:0.17 8:-0.2 12:-0.12 13:0.12
s:hygiene 3:0.15 10:-0.2
s:i 1:-0.11 5:-0.2 9:-0.12 10:-0.11 11:0.15
s:id 0:0.28 6:0.13 7:0.22 8:-0.11 9:0.16 10:-0.17 11:0.31 13:0.1
s:idea 2:-0.11 9:-0.14 13:-0.17
s:idiot 8:-0.12
s:if 0:-0.39 2:0.19 3:-0.15 6:-0.23 8:-0.26 10:-0.37 11:-0.22 13:0.17
s:ignor 12:0.11
s:ignorant 1:0.11 8:-0.12
s:ill 0:0.12 4:0.12 5:-0.17 6:-0.11 8:0.16 11:-0.12
s:im 0:-0.16 1:-0.12 3:0.13 4:0.15 7:-0.13 10:-0.1 12:-0.18 13:-0.16
s:immaculate 3:0.37 10:0.54 12:0.15
s:immediate 11:-0.14
s:impossible 6:0.14 10:0.11
s:impress 0:0.31 1:-0.12 7:0.29
s:in 0:0.35 1:-0.17 5:0.1 6:-0.1 7:0.63 9:0.16 12:0.25 13:0.14
s:includ 1:0.11 6:0.13
s:infection 2:0.14
s:info 6:-0.17
s:inform 6:0.14
s:information 2:0.23 6:-0.14
s:injury 11:-0.1
s:inside 2:0.16 5:0.11 7:0.19 8:-0.12 11:0.19
s:insist 2:0.14 9:-0.11
s:inspection 0:-0.13 12:0.16
s:install 12:0.14
s:installation 6:0.16
s:installer 12:-0.15
s:instead 7:0.19 9:0.13 13:0.16
s:instruction 6:0.12
s:instructor 1:0.22 2:0.15 6:-0.12 7:0.14
s:insurance 9:-0.13
s:insurer 12:0.11
s:interior 2:0.11 3:0.12 11:0.15
s:internet 5:0.12
s:interrupt 8:-0.15
s:into 1:0.13 5:-0.13 11:0.11 13:-0.13
s:invite 6:0.13 13:0.13
s:invoice 4:0.22
s:iron 12:-0.17
s:is 1:0.15 2:-0.28 4:0.23 5:0.24 10:0.16 12:0.33
s:isa 2:0.18 9:-0.21
s:isnt 5:0.18 11:-0.22
s:it 1:-0.13 2:0.19 4:-0.11 6:-0.11 8:0.54 11:0.1 12:-0.25 13:0.12
s:itd 7:0.16
s:its 0:0.21 1:0.11 2:-0.21 6:0.19 7:-0.45 8:-0.24 11:0.27 12:0.11
s:itself 0:0.22 3:0.13 4:0.14 5:0.35 11:-0.11 12:0.32
s:ive 2:-0.14 3:0.11 4:0.13 5:-0.16 6:0.14 10:-0.24
s:jacket 5:0.13
s:jacuzzi 12:-0.14
s:january 0:0.21 7:-0.15
s:jargon 5:-0.11 6:0.19
s:jean 5:0.11
s:job 1:-0.18 2:-0.18 5:0.12 6:0.12 10:0.11 13:-0.1
s:join 5:0.12
s:joke 11:-0.12
s:jumper 1:-0.18
s:june 7:-0.13 13:-0.13
s:just 0:-0.16 2:-0.11 3:-0.24 8:-0.29 12:-0.36 13:0.11
s:kebab 5:0.16
s:keep 0:-0.16 2:-0.12 5:0.16 8:0.21 12:-0.26 13:-0.12
s:kept 0:0.31 1:0.22 2:-0.13 5:0.14 6:0.45 9:-0.16 13:-0.2
s:kettle 5:0.17 6:0.2 12:-0.18 13:0.24
s:keys 0:0.12
s:kidney 8:0.15
s:kids 3:-0.1 4:0.16 11:0.23 12:0.12
s:kind 1:0.33 3:0.14 5:-0.17 8:0.29 13:0.13
s:kit 7:0.12
s:kitchen 4:-0.11
s:knee 5:0.15 11:-0.15
s:knew 0:0.14 1:-0.15 2:0.68 3:-0.13 6:-0.23 8:0.1 9:0.48 11:0.17 12:0.36
s:knock 0:0.17 4:0.13 11:0.19
s:know 0:-0.29 2:0.28 4:0.13 5:-0.17 6:0.14 9:0.15 12:0.11 13:0.34
s:knowledgable 2:0.13 9:0.12
s:knowledge 5:-0.1
s:knowledgeable 2:0.3 9:0.12 13:-0.13
s:la 1:0.15 5:0.11 7:-0.1 12:0.15
s:lad 0:-0.13 1:0.24 2:0.33 6:-0.11 9:-0.21 12:-0.1
s:lads 1:0.15 8:0.13 12:0.14
s:lady 1:0.32 5:-0.39 6:-0.14 7:0.13 8:0.18 13:0.19
s:lamb 5:0.14
s:landscap 12:0.12
s:language 13:-0.11
s:laptop 7:0.19 9:-0.14
s:last 0:-0.17 3:0.14 5:-0.11 6:-0.19 8:0.19 12:-0.25 13:-0.15
s:late 1:-0.17 2:-0.11 6:0.47 7:-0.34 11:0.12 12:-0.13 13:-0.16
s:later 0:-0.25 1:-0.12 2:0.27 7:-0.11 9:-0.25 12:0.14
s:latte 5:0.11
s:laugh 4:0.14 6:-0.15 11:-0.13
s:launderette 8:0.1
s:laundrette 5:-0.1 10:0.15
s:law 13:-0.13
s:layout 0:-0.14
s:le 1:0.11 4:0.11 11:0.3
s:leak 5:0.18 12:0.24
s:lean 8:-0.17
s:leather 12:-0.14
s:leav 1:-0.2 3:0.16 10:-0.11
s:leave 10:-0.15
s:lecture 1:0.1
s:lecturer 5:0.13
s:left 1:-0.15 2:-0.27 3:0.47 5:0.22 9:0.14 12:0.11
s:legend 1:0.25 8:0.33
s:leisure 2:-0.13
s:length 0:0.12
s:lens 5:-0.14 6:0.11 11:0.1
s:less 1:0.19 4:0.2 8:-0.3
s:lesson 8:-0.1
s:let 6:0.11 12:0.15
s:lett 6:0.13 12:0.14
s:letter 0:-0.13 2:-0.39 3:-0.1 4:-0.11 5:-0.38 6:0.99 11:-0.1 13:-0.79
s:librarian 9:0.13
s:library 1:0.11 3:0.12 5:-0.16 8:0.21 10:0.11 12:-0.12
s:life 5:0.13 12:0.12
s:lifeguard 1:0.13 8:-0.14
s:light 12:-0.15
s:like 0:-0.18 1:0.36 2:-0.22 5:0.42 6:-0.19 7:0.36 8:-0.24 10:-0.11 11:0.19
s:liked 13:0.12
s:line 0:0.13 1:-0.11 4:-0.14 5:0.18 7:-0.21 12:0.12
s:link 0:-0.11 6:0.24 13:-0.15
s:list 0:0.16 1:-0.12 2:0.11 4:-0.1 11:0.18
s:listen 0:0.14 1:-0.13 6:0.41 9:0.14 11:0.12
s:little 0:-0.12 2:0.12 4:0.26 9:0.17
s:live 5:-0.11
s:lived 11:-0.1
s:load 0:-0.11 5:0.17 13:0.14
s:loan 7:-0.15
s:local 0:0.14 5:0.11 7:0.17 12:0.19
s:locker 3:-0.11 12:-0.18
s:locksmith 4:0.13 5:-0.11 6:0.1
s:locum 2:0.2 9:-0.13
s:logo 11:-0.13
s:lol 7:-0.16 11:0.11
s:london 4:0.13
s:long 0:0.38 7:-0.13 8:0.15 9:0.15 12:0.13 13:-0.12
s:longer 6:-0.11 13:0.16
s:loo 3:0.11
s:look 0:-0.34 2:-0.36 3:0.25 5:0.62 6:-0.19 7:0.15 8:-0.2 9:0.32 12:0.5
s:loos 3:0.21 10:-0.13
s:lose 8:0.11
s:lost 2:-0.14 8:-0.12 12:-0.2
s:lot 1:0.13 5:-0.11 6:0.18 8:0.15 9:0.26
s:lots 11:0.15
s:loud 5:0.14
s:love 0:0.17 1:0.48 3:0.14 8:0.56 9:0.12 10:0.11 11:-0.11 12:0.31
s:loved 1:-0.15 3:-0.16 6:-0.1 9:0.15
s:loving 11:-0.22
s:loyalty 4:0.18
s:lucki 2:0.13
s:luggage 5:-0.1
s:lukewarm 5:0.1 12:-0.16
s:lunch 0:0.33 5:-0.25 6:-0.16 11:0.19
s:lunchtime 5:0.15 13:0.12
s:machine 0:0.15 6:-0.2 8:0.1 12:-0.37
s:made 0:-0.12 3:-0.1 6:-0.11 8:0.24 9:0.11 12:0.4
s:magnifique 5:0.14 11:-0.14 12:0.15
s:main 0:0.16 4:0.23 11:0.14 12:0.29
s:mais 11:-0.14
s:make 0:-0.15 2:-0.14 5:-0.17 6:0.12 8:0.17 10:0.12 13:0.17
s:malaga 5:0.1
s:man 1:0.19 5:0.1 6:-0.12 13:0.12
s:manag 11:0.12
s:management 0:0.1 6:-0.11 7:0.15
s:manager 0:-0.38 1:0.23 2:-0.29 5:-0.2 6:0.23 8:-0.11 11:0.17 13:0.35
s:manchester 11:-0.25
s:manner 1:0.12
s:many 6:0.13 13:-0.15
s:map 6:0.13 13:0.11
s:march 0:0.11 6:0.19 7:-0.29 13:-0.24
s:marcu 11:-0.1
s:mark 2:0.12 4:-0.1
s:massive 5:0.31 11:0.2 12:0.16
s:match 11:0.1
s:mate 8:-0.11 11:0.17
s:mats 3:0.11
s:me 0:-0.19 1:0.56 2:0.26 3:-0.38 4:-0.21 5:-0.21 6:0.28 10:0.13 13:0.31
s:meal 12:0.21
s:mean 0:0.15 2:-0.11 4:-0.13 5:-0.12 6:0.14 7:0.15 12:0.12 13:0.15
s:meant 9:-0.13
s:mechanic 0:-0.19 2:0.41 5:-0.22 11:0.1
s:medication 2:0.13
s:member 5:0.16 8:0.21 13:-0.14
s:membership 6:0.22
s:men 5:0.51 8:0.1
s:mention 4:0.16 5:0.19 6:0.2 11:-0.12 13:-0.28
s:menu 0:-0.19 2:-0.11 4:0.1 6:0.26 13:-0.3
s:merchant 11:0.13
s:merci 5:0.1 12:0.13
s:mess 0:-0.11
s:met 8:0.2
s:meter 12:-0.13
s:middle 5:0.18 12:-0.1
s:might 1:-0.1
s:milk 0:0.15
s:min 0:0.18
s:mind 3:-0.14 4:0.19 8:0.24 12:0.25
s:ming 10:-0.13
s:mingin 12:-0.18
s:mins 0:0.71 1:0.12 2:-0.13 5:-0.23 13:-0.11
s:mint 12:0.11
s:minute 0:0.65 3:-0.16 5:-0.25 6:0.16 8:-0.27 11:-0.1
s:miserable 8:-0.11
s:miss 0:-0.23 1:-0.15 2:0.36 3:-0.19 5:0.53 6:-0.14 7:-0.12 9:0.17 12:-0.14
s:moan 5:0.16
s:mobile 5:-0.11 8:-0.13
s:model 2:0.14
s:moderator 0:-0.13 1:-0.14 5:-0.32 6:-0.15 9:-0.16
s:monday 0:0.26 12:0.16
s:money 0:0.21 4:0.18 7:-0.12 12:-0.12
s:month 1:-0.19 5:0.35 6:0.29 12:-0.17 13:-0.21
s:mopp 12:0.11
s:more 0:0.14 2:-0.11 7:0.25 9:0.27 11:-0.22
s:morn 0:0.18 1:0.1 5:-0.16 7:0.25 9:-0.12 13:0.19
s:morning 5:0.13
s:mortgage 0:-0.17 5:-0.12 6:0.11 11:-0.12
s:most 0:0.23 1:-0.11 5:0.13 8:0.17 9:0.19 11:-0.21
s:mot 5:-0.33 11:0.23
s:mother 1:0.17
s:mould 12:0.13
s:mouth 8:-0.21
s:moved 5:-0.13 9:0.16 12:0.11
s:much 4:-0.16 5:-0.17 6:0.21 8:0.15 9:-0.12 10:0.15 12:0.12 13:0.15
s:muck 3:-0.14
s:mud 5:0.15
s:music 0:0.19 7:-0.13
s:musty 3:0.16 10:0.2
s:muy 1:0.21 8:0.17
s:my 0:-0.13 1:0.11 2:0.11 3:-0.28 5:0.14 7:0.27 8:0.27 9:0.29 10:-0.13 11:0.18 12:-0.14
s:myself 4:0.12
s:mystery 10:-0.12
s:n 0:0.13 1:0.14 4:0.1 5:0.35 6:0.11
s:naan 5:0.11 12:-0.1
s:nail 0:-0.11 5:0.14 12:0.31
s:name 1:0.21 2:-0.11 3:-0.11 4:-0.11 5:-0.14 7:-0.1 8:0.18 13:0.26
s:near 2:0.11 4:0.13 6:-0.17
s:neat 3:-0.15 5:0.23 12:0.2
s:need 0:-0.22 1:0.15 2:0.38 3:-0.13 4:-0.23 6:-0.26 9:0.46 10:-0.22 12:0.19 13:-0.2
s:negative 8:-0.16
s:network 8:-0.16
s:never 3:-0.12 4:-0.21 6:0.26 8:0.24 10:0.25 11:-0.12 12:0.21 13:-0.4
s:new 0:0.27 1:-0.25 2:0.21 5:0.34 7:0.28 10:0.31 12:0.28 13:0.39
s:newsletter 2:-0.12
s:next 0:0.16 2:-0.21 3:0.12 4:-0.23 5:-0.15 13:0.11
s:ngl 8:0.21
s:nice 0:-0.2 1:0.24 2:-0.1 4:-0.1 5:-0.25 8:0.42
s:nicer 8:0.11
s:nick 1:-0.13 5:0.16 12:-0.18
s:night 2:-0.13 3:0.14 7:0.23 8:0.13 10:0.11 11:-0.18
s:nightmare 0:-0.1
s:nine 6:0.1 7:-0.13 13:-0.1
s:no 0:0.23 1:-0.14 2:0.11 3:-0.19 4:-0.1 6:0.43 7:-0.12 9:-0.12 12:-0.11 13:-0.22
s:nobody 1:-0.17 2:-0.27 4:-0.26 6:0.46 7:-0.15 9:-0.14 13:-0.78
s:nodd 8:0.12
s:noise 12:0.26
s:normal 5:-0.11
s:not 1:0.21 2:0.17 5:0.28 6:-0.11 8:-0.25 9:-0.14 11:-0.24
s:note 4:-0.11 5:-0.15
s:noth 3:-0.11 4:0.17 7:-0.14 8:0.12 9:-0.16 12:-0.23 13:-0.37
s:notic 0:-0.14 2:0.14 5:-0.11 6:-0.17 12:0.12
s:notice 11:-0.17 12:-0.11
s:notification 6:0.1
s:now 0:0.22 2:-0.17 5:0.2 7:-0.12 10:0.18 11:-0.3 13:0.24
s:nowhere 1:0.13
s:number 0:0.14 7:-0.12 9:0.11
s:nurs 1:0.14 2:0.11
s:nurse 1:0.2 5:-0.15 8:0.27 9:0.11 13:0.16
s:nursery 6:0.14
s:oat 5:0.12
s:obviou 2:0.11 9:-0.1
s:of 2:-0.11 3:0.14 5:-0.25 7:-0.24 8:-0.26 12:-0.26 13:-0.15
s:off 0:-0.13 4:0.16 5:-0.14 6:-0.19 7:-0.14 8:0.17 10:0.19 12:-0.35
s:offer 1:0.12 5:0.13
s:office 0:0.17 5:-0.32 6:-0.24 9:-0.16 13:-0.17
s:officer 0:0.16
s:official 12:0.1
s:often 1:0.23 5:0.16 11:0.13 12:0.15
s:oh 12:-0.11
s:ok 0:0.1 3:-0.11 7:0.15
s:old 0:-0.25 2:0.16 5:-0.17 6:-0.32 7:0.14 8:0.11 11:0.12 12:-0.1
s:older 1:0.2 2:-0.16 13:-0.35
s:on 0:0.25 2:-0.11 10:-0.14 12:0.19 13:-0.18
s:once 1:0.16 7:0.3 8:0.23 9:0.18 10:-0.1 12:0.31
s:one 1:-0.22 2:0.2 4:-0.14 5:0.13 6:0.23 7:-0.12 11:0.19 12:-0.16 13:-0.16
s:ones 0:-0.2 1:0.1 2:0.13 8:0.16 12:-0.13
s:online 3:-0.1 4:0.17 6:0.19 7:0.43 8:0.1 11:-0.15 13:0.29
s:only 0:0.1 3:0.14 4:0.41 5:0.12 6:0.18 8:0.29 12:-0.11
s:op 7:0.11
s:open 0:-0.16 1:-0.14 5:-0.18 6:-0.19 12:-0.16
s:operation 6:0.12
s:opinion 2:0.14 5:-0.1 8:-0.18 9:-0.16
s:opposite 2:0.11
s:optician 1:-0.12 2:0.24 9:-0.16 13:0.18
s:option 6:0.13 7:0.14 13:0.1
s:optometrist 1:-0.1
s:or 3:0.11 5:0.12 8:-0.19 13:-0.13
s:order 0:0.5 2:-0.32 4:0.1 5:0.44 7:-0.14 12:-0.17
s:original 4:0.13
s:other 2:0.15 5:-0.16 7:0.25 9:0.33 10:-0.15
s:otherwise 9:0.12
s:our 0:0.11 1:0.19 2:0.19 5:0.24 6:-0.13 10:-0.16 11:0.22 13:0.1
s:out 0:0.12 2:0.17 3:-0.12 5:0.12 7:0.13 8:0.11 11:-0.25 12:-0.1 13:-0.34
s:outside 0:0.13 1:-0.2 7:-0.11
s:oven 5:0.17
s:over 3:0.15 4:0.15 5:0.16 7:-0.19 8:-0.14 9:0.26 10:-0.26 13:-0.19
s:overall 8:-0.16
s:overcook 8:0.1
s:overdraft 4:0.11
s:overflow 3:0.19 5:-0.11 10:-0.19
s:overpric 4:0.2 11:-0.22 12:-0.23
s:own 5:0.22
s:owner 5:0.15 10:0.21
s:p 0:-0.25 5:0.17 6:-0.13 11:-0.28 12:-0.12
s:pack 5:0.18
s:pads 1:-0.12 6:0.12
s:page 0:-0.13 6:0.23 11:-0.11 12:-0.11
s:paid 1:-0.17 3:-0.2 5:0.14 7:-0.12 12:-0.21
s:pain 2:0.11 6:-0.13
s:painless 0:0.15 7:0.22
s:paint 2:0.25 3:-0.13
s:par 11:-0.14
s:parcel 2:-0.14 3:-0.15 5:0.37 6:0.11 7:0.19 8:-0.12 12:0.12
s:parent 0:-0.13 2:-0.16 6:0.24 13:0.15
s:pari 5:0.16
s:park 0:-0.26 1:-0.21 2:-0.19 5:-0.16 6:-0.16 11:-0.38 12:0.11
s:part 2:0.14 9:0.13 13:0.15
s:participant 1:-0.23 2:-0.17 5:-0.24 8:0.17
s:particular 1:-0.14
s:party 11:0.12
s:pass 5:-0.27 8:0.1
s:passenger 13:-0.12
s:passport 0:0.22
s:past 0:0.2 6:-0.1 12:0.2
s:pasty 5:0.1 12:-0.12
s:patchy 12:-0.16
s:path 3:0.15
s:patient 2:-0.11 4:-0.14 5:-0.21 8:0.25 9:0.1
s:patio 12:-0.14
s:patronis 8:-0.2
s:pay 2:-0.14 11:0.25
s:paying 0:0.11 1:0.11 4:0.25 5:0.2 7:0.2 8:-0.1 11:-0.48
s:payment 0:0.2
s:payout 5:0.1
s:penny 4:0.32 5:-0.12 11:0.51 12:0.13 13:0.12
s:pension 9:0.11
s:people 1:0.12 7:-0.18 8:0.19 9:-0.16 10:-0.17 12:0.18
s:perfect 5:0.72 6:-0.15 12:0.54
s:perfecto 0:0.11 7:-0.11
s:permit 4:-0.17
s:pero 0:0.11 7:-0.1
s:person 6:-0.13 7:-0.12 8:0.13 9:-0.17 13:-0.19
s:personal 6:0.11
s:pet 2:0.16 9:-0.11
s:pharmacist 0:-0.13 2:0.49 5:-0.16 9:0.34 12:0.14
s:pharmacy 0:0.27 5:-0.19
s:phon 9:0.17
s:phone 0:0.35 1:0.39 2:0.21 3:-0.23 5:-0.23 6:0.14 8:-0.37 9:-0.3 11:-0.13 12:-0.25 13:-0.21
s:photo 2:0.11 4:-0.13 5:0.27 6:0.24 9:0.12 12:0.25 13:0.32
s:photographer 12:0.12
s:physio 1:-0.12 5:0.31 12:0.23
s:physiotherapist 11:-0.13
s:pick 2:0.18 13:0.11
s:picture 5:0.12 12:0.16
s:pie 5:0.12
s:piece 5:0.14 12:-0.13
s:pilot 6:0.16
s:pint 12:-0.21
s:pipe 5:0.14 12:-0.11
s:piping 0:0.13 7:0.17
s:pizza 1:-0.11 5:0.31
s:place 0:-0.13 2:0.16 3:0.3 5:-0.13 6:-0.22 8:0.26 9:0.23 11:0.42
s:plain 6:0.12 13:0.15
s:plann 7:-0.14
s:plant 12:0.13
s:plaster 3:0.15 10:0.15
s:plasterer 11:0.12
s:plastic 5:0.14
s:play 5:0.1 11:0.12 13:0.12
s:pleasant 7:0.16 11:0.12
s:please 5:-0.11
s:plumber 7:-0.12
s:pm 0:0.24 1:-0.15 12:-0.11 13:-0.21
s:point 2:0.12 5:0.23 6:-0.12 8:-0.1 11:-0.25
s:policy 2:0.21
s:polite 0:0.17 1:0.32 8:0.22 9:-0.12
s:pool 3:0.27 5:0.38 6:0.1 7:0.13 13:-0.11
s:popp 0:-0.11
s:portion 4:0.21 5:0.11 12:0.11
s:positive 1:0.12 2:0.12 9:0.15
s:post 2:-0.11 5:-0.11 8:0.16 12:0.13
s:postage 4:0.17
s:pothole 0:0.28 7:-0.11
s:pound 4:0.23
s:ppl 11:0.11
s:practice 0:0.11 1:-0.14 5:-0.18 7:-0.12
s:prais 0:0.16 2:0.12 3:0.18 5:0.16 8:0.11 13:0.1
s:premium 4:0.13 5:0.1 11:-0.15 12:-0.12
s:prescription 2:0.26 5:-0.28 9:-0.26
s:pressure 2:0.1
s:previou 3:0.1
s:price 0:-0.14 4:0.97 6:-0.11 8:0.13 9:0.16 12:0.18
s:priceless 1:-0.1
s:pricey 4:0.22 6:-0.13 11:-0.1
s:pricier 11:0.12
s:print 1:0.18 4:0.22 8:-0.13 11:-0.13
s:private 0:0.2 2:0.12 4:0.15 5:-0.16
s:prix 4:0.18 11:0.29
s:probab 1:-0.1
s:problem 2:0.22 6:-0.12 9:0.16 13:-0.23
s:process 0:0.11 5:0.12 12:-0.17
s:product 1:0.17 2:0.2 6:-0.11
s:professional 3:-0.11 11:-0.16
s:promis 0:0.14 1:-0.13 4:-0.15 6:0.2 12:0.16
s:proper 0:-0.26 1:0.16 4:-0.13 5:0.16 8:-0.42 9:0.33 12:0.46
s:propre 11:0.12
s:provider 0:0.1
s:pt 2:0.15 9:0.13 11:-0.1
s:pub 8:0.13 11:-0.15
s:public 0:-0.13 12:-0.11
s:puddle 3:-0.15 5:0.16 12:-0.2
s:pull 8:-0.11 13:-0.13
s:push 1:0.18
s:pushy 1:0.13 8:-0.12
s:put 10:0.14 11:-0.16
s:qr 13:-0.11
s:quality 4:-0.1 5:0.1
s:question 0:-0.13 2:0.16 13:0.19
s:queu 0:0.32 6:-0.18 12:-0.1
s:queue 0:1.09 2:-0.19 3:-0.11 4:-0.1 5:-0.27 7:-0.34 8:0.17 12:0.12
s:quibble 0:0.11 7:0.16 13:0.14
s:quick 0:0.45 1:-0.14 5:-0.19 6:-0.17 7:0.27 9:0.18 10:0.17
s:quicker 0:0.12
s:quid 4:0.15 11:-0.12 12:-0.1
s:quiet 8:0.11
s:quite 11:0.15
s:quot 0:0.13 3:0.11 4:0.24 7:0.16 9:0.22 11:0.25 12:0.15
s:quote 4:0.32 5:0.11 6:0.23 11:0.19
s:r 12:0.12
s:rack 0:0.11
s:rail 2:0.12
s:rais 0:0.14 8:0.11 9:0.11
s:ramm 0:0.11
s:ramp 7:-0.15
s:ran 0:0.13 2:-0.11
s:rang 0:0.15 4:-0.1 5:-0.22 6:0.21 12:-0.15 13:0.3
s:rank 10:-0.11 12:-0.11
s:rare 0:0.19 6:0.11 7:0.16 13:-0.17
s:rash 2:0.11
s:rate 4:0.27 6:0.15 10:-0.15 12:0.15 13:-0.17
s:rated 5:0.13
s:rather 13:0.15
s:rattle 9:0.13
s:rave 5:0.16
s:ray 0:-0.18 9:-0.11
s:rd 0:0.11 13:-0.11
s:reach 7:-0.1
s:read 1:-0.1 2:0.18 6:0.17 7:0.11 8:0.11 9:-0.36 13:-0.11
s:ready 0:0.14 1:-0.17 2:-0.22 6:0.21 7:0.2
s:real 2:0.25 5:-0.1 11:-0.33
s:reason 2:-0.12 4:0.11 11:0.15
s:reasonable 4:0.22 11:0.35
s:reassur 2:0.15 9:-0.24
s:receiv 6:0.15
s:reception 1:0.13 6:0.2 8:-0.17 10:0.11
s:receptionist 1:0.54 4:-0.11 5:-0.22 8:-0.44
s:recognition 2:0.1
s:recommend 2:0.37 11:0.22
s:record 3:-0.18 6:-0.13 7:-0.18
s:red 1:-0.1 12:0.15
s:refund 0:0.31 4:-0.12 6:0.13 11:0.1 12:-0.17
s:regular 6:-0.13 11:-0.17
s:reject 5:0.15 12:-0.15
s:relief 12:0.12
s:remember 1:0.21 8:0.17 12:0.15
s:reminder 1:-0.11 6:0.11
s:removal 5:0.2 8:0.19
s:renewal 4:0.16
s:rent 11:-0.16
s:rep 1:0.12 8:-0.16
s:repair 2:-0.12 6:0.23 7:0.21 12:0.16
s:repay 7:0.19
s:repeat 5:-0.19 6:0.1
s:repeated 4:-0.12 7:-0.11 13:-0.11
s:replac 5:0.29 12:-0.13 13:0.17
s:replacement 5:0.15 6:0.16 7:0.11 12:-0.16 13:0.24
s:repli 0:0.2 5:0.18 6:0.11
s:replie 13:-0.1
s:reply 0:-0.32 4:-0.12 6:0.35 12:0.2 13:-0.2
s:report 0:0.5 5:0.14 7:-0.18
s:resident 0:-0.12 5:0.12
s:response 8:-0.12
s:restaurant 1:-0.12 5:0.12 12:-0.21
s:result 7:-0.12
s:return 13:0.11
s:review 0:-0.11 11:0.1 12:0.21
s:rewir 9:0.13
s:rhyme 5:0.1
s:rice 0:0.11 12:-0.12
s:right 1:-0.14 2:0.29 9:0.12
s:ring 6:0.53 7:-0.19 12:-0.35 13:-0.32
s:rip 4:0.12 11:-0.15
s:rise 6:0.1
s:risotto 12:0.1
s:road 0:0.13 1:-0.25 3:-0.14 5:0.11 6:-0.17 7:-0.15
s:roast 5:0.16 11:-0.1 12:0.11
s:robbery 0:-0.14 4:0.13 11:-0.14
s:robot 7:0.11
s:rock 5:0.16
s:roll 0:-0.13 3:0.17 8:-0.13 12:-0.1
s:room 0:-0.21 3:0.63 4:-0.12 7:-0.11 8:0.19 12:-0.19 13:-0.13
s:rota 1:-0.15 2:-0.12 5:-0.13 6:-0.19
s:rough 5:0.19 12:-0.22
s:round 0:0.32 5:-0.22 8:-0.1 10:-0.12 11:0.28 12:0.11
s:route 11:-0.12
s:router 6:0.13 11:-0.12
s:rubbery 8:0.14
s:rubbish 0:-0.18 1:-0.11 5:0.31 12:-0.14
s:rubble 3:0.12
s:rubish 5:0.17
s:rude 1:0.43 2:-0.22 3:-0.13 4:-0.15 5:-0.46 6:-0.29 7:-0.11 8:-0.64
s:rule 2:0.13
s:run 8:0.11
s:runn 2:-0.11 5:0.28 6:0.37 7:-0.14 12:-0.25
s:rush 0:-0.26 1:0.32 2:-0.13
s:sadly 12:-0.11
s:safe 2:0.24 5:0.22 12:0.14
s:said 0:0.1 1:0.23 2:0.3 6:0.39 7:0.24 8:-0.11 9:-0.22 11:0.14 13:-0.22
s:sale 6:0.11 13:-0.11
s:salesman 1:0.15 8:-0.3
s:salon 5:-0.12
s:same 7:-0.12 8:0.1 10:-0.14 12:-0.18
s:sandwich 5:0.16 11:0.21
s:sat 5:0.13 6:0.18 13:-0.18
s:saturday 0:0.23 2:-0.14 4:-0.11 5:-0.13 7:-0.24
s:saved 1:-0.13 2:0.37 6:-0.13 9:0.35 11:0.21
s:saw 8:0.15
s:say 2:-0.23 3:0.17 4:-0.26 5:-0.11 6:0.36
s:saying 0:0.11 2:-0.16 3:0.14 6:0.24 7:-0.14 12:-0.12 13:-0.43
s:says 2:0.22 5:0.14 9:-0.23 12:-0.16
s:scan 0:0.12
s:scanner 6:0.18
s:school 5:-0.12
s:science 5:0.12
s:scone 5:0.18 12:-0.1
s:scratch 5:0.33 13:-0.13
s:screen 5:0.3 6:0.15
s:script 2:0.13 9:-0.15
s:sea 7:0.11
s:seat 2:-0.16 3:0.31 5:0.36 10:-0.13 11:0.22 12:0.13
s:second 0:0.18 2:0.14 6:-0.17 7:0.12 9:-0.11 12:0.11
s:section 3:0.1
s:security 5:-0.1
s:see 5:0.15 6:0.13 8:-0.14 10:-0.23 11:-0.16 12:-0.14
s:seed 12:0.15
s:seem 2:0.19 8:-0.13 9:-0.22
s:seen 0:0.15 1:0.17 7:0.13 8:-0.19 9:-0.16 10:0.19
s:sehr 0:0.15
s:self 0:0.25 1:-0.11 5:-0.22
s:sell 0:-0.17 1:-0.12 2:0.14 5:0.16 6:-0.15
s:semi 5:0.1
s:send 5:-0.13 6:0.28
s:sent 1:-0.16 3:-0.23 6:0.41
s:separate 8:-0.1
s:serv 0:0.14 5:0.16 7:-0.18 8:-0.12
s:service 3:-0.17 4:0.17 7:-0.25 8:0.14 11:-0.18 12:0.12 13:-0.18
s:session 0:-0.11 1:-0.11 2:0.16 9:0.25 12:0.13
s:set 1:-0.1
s:seven 0:0.19 7:-0.2 11:-0.1 13:-0.13
s:several 3:0.12 4:0.2 5:0.21 8:0.16 9:0.24 10:0.11 11:-0.28
s:shad 12:-0.15
s:shame 0:0.14 1:0.12 5:0.1 7:-0.12
s:she 1:0.21 2:0.3 6:0.12 7:0.19 8:0.13 12:0.23 13:0.22
s:shelf 2:0.11
s:shelve 3:0.12
s:shes 5:0.12 11:0.17
s:shift 0:-0.16 1:-0.19 6:-0.16
s:shine 12:-0.19
s:shirt 5:0.12 12:-0.29
s:shock 5:-0.15 13:0.17
s:shoe 5:0.11
s:shop 0:-0.15 1:-0.15 2:0.31 3:0.16 4:0.13 9:-0.11
s:shopper 10:-0.12
s:short 0:0.17 8:-0.1 12:0.11
s:should 1:-0.16 5:-0.14 6:0.1 9:-0.19 13:-0.11
s:shout 0:-0.17 1:0.31 4:0.15 5:-0.17
s:show 0:-0.25 4:-0.13 6:0.46 7:-0.14 9:0.2 13:0.34
s:shower 0:0.2 10:-0.19
s:shrugg 1:0.13 8:-0.18 12:-0.14
s:side 5:0.25 6:0.11
s:sigh 0:-0.1 1:0.21
s:simpático 1:0.11
s:since 0:0.17 1:-0.11 7:0.34 9:0.12 10:0.12
s:single 0:-0.13 4:-0.15 6:0.13 9:0.13 13:-0.21
s:sink 11:-0.12
s:sit 6:-0.11
s:site 5:0.12 7:0.11
s:six 5:0.23 7:-0.15
s:size 5:0.14
s:skimm 5:0.1
s:skin 11:0.21 12:-0.11
s:skirt 5:0.11 10:0.13 11:-0.16
s:sleep 5:0.18
s:sleeve 10:-0.14 12:0.1
s:slept 5:0.1
s:slice 12:-0.15
s:slightest 8:-0.26
s:slot 0:0.3 7:0.24 13:0.21
s:slow 0:0.32 7:-0.21 9:0.13 11:0.11 13:0.13
s:small 1:0.16 4:0.19 8:0.11 11:-0.15
s:smart 12:-0.13
s:smell 0:-0.11 2:-0.13 3:0.77 5:-0.2 6:-0.15 10:-0.18
s:smelt 3:0.16 5:-0.15
s:smile 5:-0.11 8:-0.28
s:snapp 4:-0.16 5:0.22 12:-0.17
s:so 0:-0.16 1:-0.14 2:-0.19 3:-0.22 6:0.35 7:-0.24 9:-0.16 11:-0.11 12:-0.23
s:soak 5:0.18 12:-0.2
s:socket 0:-0.11
s:sofa 3:0.14 5:-0.1
s:soggy 5:0.15 12:-0.15
s:sold 2:0.17 5:0.22
s:solicitor 9:-0.13
s:solid 3:0.12 12:0.13
s:some 2:0.14 8:-0.2
s:someone 1:-0.19 2:0.19 3:0.35 9:-0.26 10:-0.21
s:somewhere 8:-0.11
s:son 0:-0.12 1:0.16 12:0.12
s:sons 9:0.11
s:soon 12:-0.12
s:sore 0:-0.14 1:-0.14 5:0.19
s:sort 0:0.19 1:0.24 2:0.13 6:-0.11 7:0.26 9:0.26
s:sound 1:0.34 3:-0.12 7:0.18 8:0.25 12:0.26
s:sourdough 5:0.15
s:spa 4:0.13
s:space 5:-0.12
s:spain 4:0.11
s:spaniel 1:-0.13
s:speak 0:-0.17 6:0.18 9:0.22
s:spec 6:-0.11 12:0.16
s:specialist 2:0.13 9:-0.13
s:speck 10:0.15
s:speed 5:0.31
s:speedy 0:0.18
s:spell 13:0.13
s:spend 0:0.17 7:-0.18
s:spent 0:-0.13 1:0.15 6:-0.14 7:-0.21 8:0.24
s:split 8:-0.11 12:-0.18
s:spoke 1:0.18
s:spoken 1:0.11
s:spot 2:0.11 6:0.13 9:0.19
s:spotless 1:-0.2 3:0.58 9:0.14 10:0.82
s:spott 2:0.27 4:0.11 5:-0.2 6:-0.13 9:0.38
s:spring 5:0.12
s:squat 1:-0.12
s:squeez 6:-0.16
s:st 5:-0.12
s:stack 12:0.12
s:staff 1:0.76 2:0.17 3:-0.2 4:-0.17 5:-0.12 6:-0.39 9:-0.15 11:-0.27 12:0.12
s:stage 6:0.11 13:0.15
s:stain 5:0.12 12:0.12
s:stale 5:0.2 12:-0.12
s:stand 0:0.19 6:0.12
s:stank 10:-0.11
s:star 1:0.14 12:0.18 13:0.15
s:start 2:-0.22 3:0.35 5:0.11 6:0.17 7:-0.34 9:-0.12 13:0.22
s:starter 2:0.15 9:-0.15
s:state 10:-0.17
s:statement 1:0.11 2:-0.13 13:-0.14
s:station 3:0.13 11:0.13
s:stay 1:0.14 5:0.19 6:-0.13 11:-0.11
s:steak 5:0.13
s:steal 11:-0.13
s:steep 6:-0.13 11:0.15
s:steer 3:0.11 11:0.15
s:stellar 10:-0.13
s:step 6:0.31 13:0.33
s:sticky 3:0.32 4:-0.1 10:-0.33 12:0.18
s:still 3:-0.16 4:0.11 5:0.16 7:-0.35 9:-0.31 11:-0.19 12:-0.21 13:-0.44
s:stock 2:0.11 9:-0.12
s:stone 7:-0.13
s:stood 0:0.24 2:-0.12 8:-0.13
s:stop 4:-0.11
s:stopp 6:0.18 9:0.15 10:0.19 12:-0.23 13:0.3
s:store 6:-0.13 8:-0.14 12:-0.24
s:storie 12:0.12
s:story 0:0.11 12:0.22
s:straight 2:0.14 7:0.17 9:0.23 10:-0.11 11:0.12 13:0.2
s:street 11:-0.12 12:-0.12
s:streetlight 0:0.25 5:-0.16 7:-0.25
s:strength 2:0.1
s:stress 2:0.13
s:stretch 5:0.12
s:strong 1:-0.11
s:stuck 10:-0.28
s:student 2:0.13 11:-0.15
s:stuff 2:0.36 8:-0.11 9:0.28 13:-0.13
s:stunn 5:0.18 12:0.19
s:stylist 1:0.13 5:0.13
s:such 5:-0.1
s:suit 1:0.13
s:summ 8:0.11
s:summary 0:-0.1 1:-0.1 13:0.13
s:sunday 0:-0.1 5:0.11 10:-0.11 11:-0.13
s:super 5:0.24 12:0.29
s:superb 7:0.24
s:supermarket 12:0.13
s:supervisor 1:0.11
s:supplier 7:0.12
s:support 0:0.11 9:-0.14
s:sure 0:-0.21 9:-0.1
s:surgery 0:0.22 1:-0.11 3:0.22 5:-0.2 7:0.16 8:-0.2 9:0.14 10:0.24
s:surpris 1:-0.1 10:0.13 11:0.18 13:0.1
s:surveyor 2:0.14
s:swapp 6:0.14 13:0.15
s:swept 3:0.37 10:0.23 12:0.12
s:swim 11:0.24
s:swimm 11:0.11
s:switch 1:-0.16 5:-0.18 7:0.12
s:sympa 4:0.11
s:symptom 9:-0.16
s:system 0:0.1 5:-0.15 6:-0.12 11:0.15
s:ta 7:0.12 10:0.3 12:0.11
s:table 1:0.11 3:0.35 6:-0.15 7:0.11 10:-0.32
s:tablet 2:0.35 7:0.21 9:-0.17 13:0.11
s:tag 1:-0.11
s:take 0:0.2 1:0.18 6:-0.11 7:-0.26 9:0.18
s:takeaway 4:0.12
s:taken 12:0.11
s:taking 7:-0.14
s:talk 1:0.28 2:0.14 6:-0.1 8:-0.34 9:0.22
s:tap 5:0.21 7:-0.1 12:-0.18
s:tariff 5:-0.11
s:tast 5:0.15 12:-0.1
s:taste 5:0.42 12:-0.33
s:tasty 5:0.17 8:-0.11 12:0.12
s:tax 0:-0.14 2:0.15
s:tbh 0:-0.16 5:0.16 12:-0.19
s:tea 0:0.13
s:teacher 0:-0.18 6:0.18
s:team 1:0.17 4:-0.12 7:0.19 8:0.17 10:0.11
s:tell 1:-0.12 2:0.28 3:-0.16 6:0.53 8:-0.11 9:-0.19 13:-0.1
s:ten 5:-0.11 7:0.3 10:0.1 11:-0.12 13:0.13
s:tenner 11:0.3
s:term 7:-0.12
s:terrifi 11:0.14
s:test 2:0.18 4:0.14 11:-0.14
s:tester 12:0.14
s:text 0:-0.32 2:-0.32 3:-0.17 4:-0.12 5:-0.21 6:1.11 13:0.67
s:th 0:0.17 13:-0.13
s:than 4:0.15 5:0.12 6:-0.2 7:0.2 8:0.12 9:0.2 10:0.31 12:0.33
s:thank 0:-0.29 1:-0.1 4:-0.14 5:-0.23 13:-0.18
s:thankful 13:0.11
s:that 2:0.18 3:-0.22 4:0.25 8:0.3
s:the 0:-0.32 1:-0.25 3:-0.18 4:-0.28 6:0.23 9:-0.22 10:-0.1 12:-0.32
s:their 1:0.34 2:-0.26 4:-0.23 5:-0.14 6:0.21 8:-0.31 9:0.24 11:0.14 13:0.2
s:them 0:-0.11 1:0.17 5:0.18 6:0.22 7:-0.13
s:themselve 2:-0.1 5:0.15
s:then 2:-0.12 3:0.17 5:-0.12 6:0.41 7:-0.13 8:0.11 9:-0.23 10:-0.11 11:-0.25 13:-0.35
s:therapist 5:-0.12
s:there 0:0.23 6:-0.11 10:-0.24 12:-0.35 13:-0.24
s:these 12:0.12
s:they 0:0.13 2:-0.14 6:0.37 7:0.13 8:0.11 9:-0.43 11:0.26
s:theyd 9:0.11 11:-0.12 13:0.11
s:theyre 1:0.11 6:-0.11 10:-0.1
s:theyve 1:-0.16 6:0.12
s:thing 0:-0.1 1:0.12 4:0.11 12:0.13
s:think 1:-0.19 4:0.26 9:-0.11
s:third 0:-0.13 5:0.13 9:-0.19 12:-0.13
s:this 0:-0.2 3:-0.12 5:-0.19 7:0.24 10:0.15 11:0.25
s:tho 1:0.12 8:0.17
s:thorough 1:-0.12
s:those 5:0.12
s:though 0:0.41 1:0.29 4:0.17 6:-0.12 7:-0.13 8:0.22 10:-0.14 11:-0.21 12:0.12 13:-0.16
s:thought 2:0.14 3:0.11 5:0.11 11:0.12 12:0.11
s:three 2:0.18 5:0.27 7:-0.17 8:-0.18 9:-0.28 10:-0.11 12:-0.31 13:-0.25
s:thrill 12:0.11
s:through 0:0.3 6:0.18 7:-0.11 9:0.2 10:-0.11 13:0.48
s:throw 12:-0.14
s:thru 7:-0.12
s:thursday 0:0.11 7:-0.33
s:thyroid 2:0.14 9:0.12
s:ticket 0:0.16 5:0.12 6:-0.18 7:-0.18
s:tidy 3:0.29 10:0.3
s:tile 9:0.12
s:till 0:0.35 1:0.1 2:-0.19 5:-0.18 7:-0.34 12:0.16
s:time 0:0.15 1:0.38 3:-0.22 4:-0.1 6:0.3 7:-0.16 8:-0.22 11:-0.11 12:-0.14 13:-0.1
s:tiny 12:-0.1
s:tip 3:0.3 5:-0.16 8:0.12 10:-0.24
s:tipp 0:0.12
s:to 1:0.18 3:-0.28 5:-0.19 6:0.12 7:-0.13 8:-0.3 10:-0.24 13:-0.19
s:toast 11:-0.12
s:today 0:0.16 2:-0.13 6:-0.13 12:0.14
s:toilet 0:-0.39 2:-0.21 3:0.94 5:-0.17 6:-0.14 10:-0.34 11:-0.11
s:told 0:-0.18 1:-0.17 2:0.69 3:-0.13 4:-0.23 5:-0.13 7:-0.29 9:-0.43 13:-0.57
s:tomorrow 1:0.1
s:too 1:0.29 2:-0.1 5:0.35 8:0.13
s:took 0:0.51 1:0.19 4:-0.25 6:-0.11 7:-0.19 8:0.36 11:0.14 13:-0.1
s:top 1:-0.11 6:0.24 9:0.12 11:-0.18
s:total 8:-0.12
s:touch 2:-0.11 3:0.1
s:towel 5:-0.12 10:-0.14 11:-0.11
s:town 1:0.15 4:0.25 12:0.17
s:track 1:-0.12 6:0.36 12:-0.12
s:tracker 6:0.15
s:trade 2:0.1 11:0.1
s:train 1:-0.12 2:0.36 4:-0.12 5:-0.2 6:0.14 11:-0.3
s:transfer 0:0.18
s:travel 2:0.11
s:treat 1:0.2 2:0.14 10:0.13 13:0.14
s:treatment 4:0.14 12:0.11
s:tried 5:0.19
s:trim 5:0.33
s:tripp 12:-0.11
s:trolley 0:0.18 1:-0.14 3:0.11
s:trop 11:-0.16
s:trust 2:0.19
s:try 1:0.22 8:0.2
s:trying 3:0.11 8:-0.13
s:trè 4:0.25 11:0.14
s:tuesday 2:-0.11 12:0.16 13:-0.1
s:turn 0:0.29 1:-0.13 2:0.15 11:0.15
s:tv 0:-0.11
s:twenty 0:0.28 3:-0.1 5:0.13 6:-0.11 12:0.18
s:twice 1:0.13 2:-0.13 6:0.14 7:-0.11 11:-0.12 12:-0.26
s:two 0:0.26 2:0.28 3:-0.26 5:0.2 7:-0.24 11:0.15 12:-0.14
s:tyre 2:0.2 6:-0.12 7:0.2 11:0.13
s:under 0:-0.14 2:-0.13 3:0.21 7:0.32 8:-0.16 10:-0.1 11:0.2
s:understand 0:-0.12 2:0.11 5:-0.28 6:0.34 8:0.12 11:-0.12
s:understood 0:-0.12 6:0.23 13:0.24
s:uneven 8:-0.15
s:unfair 0:0.1
s:unfriend 12:0.1
s:unhelpful 1:0.19 8:0.12
s:uniform 2:-0.15 5:-0.14
s:unit 5:-0.14
s:unkind 1:0.1
s:unreal 5:0.18 11:0.32 12:0.13
s:until 6:0.41 7:-0.22 13:-0.24
s:up 2:-0.17 3:0.11 7:-0.36 8:-0.21 10:0.54 11:-0.16 13:-0.23
s:updat 6:0.23 12:0.1 13:0.19
s:update 6:0.3 13:0.1
s:upgrade 5:0.14
s:upsell 1:0.4 5:-0.12 11:-0.11
s:us 3:-0.29 5:-0.16 8:0.17 12:-0.14 13:0.13
s:use 2:0.3 9:0.14 12:0.1
s:used 6:-0.1 7:0.12 10:-0.13
s:useless 5:0.11 12:-0.14
s:using 2:0.17
s:usual 7:0.1 11:0.15
s:v 1:0.1
s:valet 3:0.34 11:0.19
s:valu 7:-0.12 11:0.13
s:value 4:0.46 5:-0.23 11:0.51
s:varifocal 5:0.13
s:venue 6:0.14
s:very 2:0.14 8:0.32 9:0.15 10:0.17 11:-0.26 13:-0.11
s:vet 0:-0.13 1:0.17 2:0.13 5:-0.1 8:0.16 11:-0.1 12:0.13 13:0.18
s:vets 5:-0.16
s:video 6:0.17
s:view 2:-0.12 3:-0.21 5:-0.13 12:-0.27
s:visit 2:0.22 6:-0.13 7:0.25 9:-0.18
s:visitor 12:0.15
s:vivaldi 0:0.17 7:-0.14
s:voicemail 0:-0.13
s:volunteer 1:0.11
s:voucher 4:0.14 11:0.11
s:wait 0:1 1:-0.24 2:-0.21 4:-0.37 5:-0.28 8:0.29 11:0.2 12:0.51 13:-0.1
s:waiter 1:0.36 5:0.2 10:-0.13
s:waitin 6:0.15
s:waiv 11:0.12
s:walk 1:0.25 4:-0.11 5:-0.15 6:-0.1 11:-0.14 13:0.13
s:walker 5:-0.1
s:want 1:0.17 2:-0.18 8:-0.14
s:warden 1:0.19 8:-0.13
s:warm 4:0.1 5:0.14 12:-0.12
s:warmer 1:0.11
s:warn 2:0.12 5:0.15 12:-0.11
s:warranty 9:-0.14
s:was 1:0.24 2:-0.15 11:0.24 12:-0.3
s:wash 0:-0.13 12:-0.13
s:washer 5:-0.1
s:wasnt 0:0.2 1:0.14 6:0.15 8:-0.23 9:-0.1 12:-0.12 13:-0.13
s:wasp 8:-0.29
s:waste 4:-0.14 11:-0.12 12:-0.18
s:water 12:-0.18
s:way 2:-0.1 6:0.1 10:0.1 11:-0.2
s:we 1:0.12 2:-0.12 4:0.24 6:0.21 10:0.21 11:-0.33
s:wear 1:-0.14
s:website 5:-0.11 9:-0.13 13:-0.16
s:wed 13:-0.12
s:wedd 0:-0.14 1:0.12 5:0.33 6:0.35 12:0.2
s:wednesday 7:0.11 12:0.11
s:wee 10:-0.11
s:week 0:0.64 1:-0.36 4:-0.3 5:0.2 6:0.21 7:-0.52 9:-0.24 10:-0.17 11:-0.13 13:-0.2
s:weekend 5:0.18 7:-0.11
s:welcom 8:-0.32
s:welcome 1:0.26
s:well 0:-0.11 4:0.18 5:0.13 9:0.11 12:0.33 13:0.12
s:went 1:-0.18 4:-0.33 7:-0.18 9:-0.13 10:-0.15 11:-0.13 12:-0.2
s:were 0:-0.11 1:0.16 3:0.28 4:0.14 6:0.14 7:-0.14 9:-0.12 13:0.12
s:werent 6:0.16 12:-0.16
s:wet 3:0.19 10:-0.13
s:weve 0:-0.1 7:-0.1 10:-0.14 12:0.18 13:-0.12
s:what 0:-0.1 1:-0.27 4:0.17 5:-0.22 6:0.45 8:0.25 9:-0.19 11:-0.12 13:0.3
s:wheel 3:0.11 5:0.12 11:0.12 13:-0.13
s:wheelchair 8:0.12
s:when 1:0.22 4:0.14 6:0.37 8:-0.18 9:-0.16 11:-0.39 12:-0.29 13:-0.14
s:where 6:0.37 7:0.16 11:0.15 13:0.33
s:whether 0:-0.11 1:-0.26 2:0.23 5:-0.26 9:-0.26 13:-0.16
s:which 0:-0.1 1:-0.23 2:0.38 3:0.11 4:0.15 5:-0.14 7:0.15 8:0.25 10:0.33 12:0.18 13:0.3
s:while 0:0.22 1:0.22 2:-0.1 7:0.17 8:-0.13 11:0.16 13:0.14
s:white 5:0.14
s:whiten 5:0.16 11:-0.12 12:-0.18
s:who 1:0.29 2:0.18 6:-0.13 7:-0.11 8:0.15 9:-0.16 10:-0.24 12:0.32 13:-0.12
s:whoever 10:0.12
s:whole 1:0.11 3:-0.1 8:-0.19 12:-0.14
s:whos 0:-0.1 11:0.15 13:0.1
s:why 0:0.39 2:-0.12 4:-0.16 5:-0.13 6:0.39 7:-0.13 8:0.14 13:-0.15
s:wide 8:-0.21
s:wifi 0:-0.13 1:-0.1 4:-0.14 5:0.54 6:-0.19 9:-0.12 12:-0.18
s:will 2:-0.15 5:-0.23
s:window 0:0.21 1:-0.1 9:-0.11 10:0.12 12:0.17
s:wine 1:-0.12 5:0.28 11:0.12 12:0.35
s:winter 12:0.16
s:wipe 3:0.12
s:wiped 3:0.19 10:-0.13
s:wish 13:-0.14
s:with 1:0.55 3:0.11 4:0.16 6:0.16 7:-0.21 8:0.18 13:0.13
s:within 0:0.27 5:0.17 6:0.17 7:0.58 12:-0.18 13:0.22
s:without 2:0.24 3:-0.11 4:0.12 5:0.21 6:0.31 7:0.25 8:0.24 11:-0.12 12:-0.28
s:woman 1:0.36 6:-0.18
s:wont 1:-0.1 3:-0.12 4:0.14 5:0.27 9:-0.11 12:-0.26
s:word 12:-0.12 13:-0.1
s:work 2:0.44 3:0.12 4:-0.24 5:0.19 9:-0.17
s:worn 2:0.1 6:0.18 9:0.16 13:0.15
s:worst 5:-0.11
s:worth 0:-0.11 3:-0.21 4:0.43 5:0.26 11:0.32 12:0.34 13:0.11
s:wot 2:0.11
s:would 1:-0.32 4:-0.15 5:-0.14 6:0.11 7:0.14 8:0.1 11:0.12 12:0.14 13:-0.12
s:wouldnt 1:0.13 8:-0.24 12:-0.13 13:-0.19
s:wow 7:-0.12
s:wrapp 12:0.3
s:write 1:-0.1 5:-0.14
s:written 6:0.27
s:wrong 0:-0.14 2:1.02 3:-0.12 5:-0.18 6:-0.25 7:-0.1 8:-0.15 9:-0.46 12:-0.19 13:-0.12
s:wrote 6:0.13
s:x 0:-0.14 8:0.13 9:-0.1
s:year 2:0.21 8:0.15 9:0.17 10:-0.12 12:0.25 13:0.18
s:yes 2:0.2 9:-0.26
s:yesterday 5:0.14 12:-0.1
s:yet 5:-0.11 9:0.19
s:you 0:-0.16 5:-0.11 10:0.26 11:0.13 13:0.18
s:youd 1:-0.15 5:-0.11
s:younger 1:0.15 2:-0.17
s:your 3:0.11 6:-0.16 10:0.22 12:-0.11
s:youre 1:0.1 8:-0.2
s:zero 10:0.16
s:zip 5:0.12 12:-0.11
s:£ 0:-0.35 1:-0.19 3:-0.16 4:1.94 6:0.2 7:0.19 9:0.17 10:0.23 11:-0.67 12:-0.17 13:-0.26
s:était 11:0.12
s:€ 4:0.11 11:-0.15 12:0.11
u:! 1:-0.18 2:-0.35 3:-0.14 4:0.16 6:-0.17 10:0.35 12:0.77
u:$ 8:-0.13
u:% 4:0.26 7:0.13 11:-0.21
u:02 0:0.21 7:0.22
u:05 13:0.22
u:1 1:-0.22 4:0.18 5:-0.13 6:0.22 11:-0.1 13:-0.19
u:10 0:0.24 1:-0.22 3:-0.15 4:-0.19 9:-0.16 13:-0.11
u:11 0:0.12
u:12 0:0.23 1:-0.15 4:0.1 5:0.14 10:0.14
u:120 5:0.16
u:14 5:0.2
u:140 11:-0.18
u:15 3:0.11 4:0.11 12:-0.13
u:17 6:0.1
u:18 4:0.12 6:0.15 11:-0.11
u:180 11:-0.16
u:19 13:-0.15
u:2 0:0.25 2:-0.14 3:-0.15 7:-0.14 10:0.14 11:0.18 13:0.32
u:20 0:0.28 5:-0.17 10:0.11 11:0.25
u:2019 12:0.13
u:22 6:0.11 11:-0.12
u:24 0:-0.11 7:0.13 11:-0.13
u:25 0:0.16 12:0.23
u:26 12:-0.15
u:3 0:0.37 1:-0.13 3:-0.1 4:-0.14 6:-0.12 9:-0.26 11:-0.18 12:0.18 13:-0.2
u:30 1:0.16 5:-0.2 12:0.13 13:0.11
u:300 8:0.13
u:340 11:-0.11
u:35 0:0.11 4:-0.2 11:0.17 13:-0.11
u:38 11:-0.1 12:-0.32
u:4 0:0.27 3:-0.14 4:0.11 5:-0.19 6:0.11 7:-0.49 12:0.14
u:40 0:0.4 3:-0.12 4:0.29 7:-0.33 8:0.12 11:-0.26 13:-0.2
u:400 9:0.13
u:42 11:-0.13
u:45 0:0.36 4:0.16 7:-0.14 11:-0.22 13:0.11
u:48 5:0.16 11:-0.16
u:5 0:0.4 2:-0.12 4:-0.25 5:-0.12 11:0.23
u:50 0:0.19 1:-0.1 4:0.1 6:0.15 7:-0.28 11:-0.32 13:-0.13
u:500 5:0.1 12:-0.15
u:59 7:0.14
u:6 0:0.27 6:0.12 11:-0.11
u:60 9:0.13
u:65 4:0.12 11:0.19
u:7 0:0.23 12:0.14 13:-0.21
u:70 4:0.16 11:-0.12
u:8 0:0.41 1:-0.14 5:0.13 6:-0.1 12:0.36 13:-0.1
u:80 0:-0.13 4:0.13 11:-0.13 12:-0.14
u:9 0:0.24 4:0.13 5:-0.15
u:90 3:-0.1
u:95 4:0.1 11:-0.19
u:99 4:0.18 8:-0.1
u:? 0:-0.1 1:-0.16 5:-0.26 7:-0.35 8:-0.32 11:-0.11 12:-0.12 13:-0.18
u:a 0:-0.12 3:-0.23 4:0.11 7:-0.23 8:-0.24 10:-0.43 12:-0.14
u:about 0:-0.11 3:-0.11 4:-0.27 5:-0.11 7:0.12 10:0.24 13:-0.24
u:above 12:0.13
u:absolute 3:-0.1 4:0.12 6:0.1 12:-0.14
u:absolutely 9:-0.16
u:account 0:0.13 6:0.16 7:0.17
u:across 12:-0.13
u:acted 1:0.22 8:-0.11
u:actually 0:0.14 1:-0.16 6:0.27 7:0.23 8:0.25 9:0.2 10:0.15 12:0.54 13:0.55
u:adjusted 11:-0.1
u:advertised 12:-0.13
u:advice 2:0.38 9:-0.12
u:adviser 0:-0.14 2:0.16
u:advisor 0:-0.12 2:0.11 7:-0.17
u:after 5:0.28 6:0.17 7:0.18 10:0.22 13:0.17
u:afternoon 7:0.18 10:-0.12
u:again 2:-0.11 5:0.36 12:-0.12
u:against 2:0.11
u:agent 2:0.11 5:-0.21 6:0.35 8:-0.16 9:-0.17 12:0.17 13:-0.41
u:ages 6:-0.11 12:0.13
u:ago 6:0.11 12:0.11 13:-0.1
u:agreed 5:0.14 6:0.16 8:0.17 13:0.1
u:ahead 0:0.15
u:air 10:0.16
u:airport 11:-0.12
u:aisles 3:0.15
u:all 1:0.14 2:0.19 3:0.25 4:-0.19 6:-0.18 9:0.13 13:0.2
u:allowance 9:-0.12
u:almost 0:0.11 10:0.14
u:alone 5:0.12
u:along 2:0.15
u:already 5:0.23 6:0.18 9:-0.11 12:-0.23 13:-0.18
u:alright 12:-0.16
u:also 2:0.1 12:0.12
u:always 0:0.16 1:0.18 2:-0.16 3:0.17 5:-0.15 7:0.16 8:0.24 10:0.17 12:0.13
u:amazin 10:-0.12
u:an 0:0.18 2:0.18 3:0.12 6:0.17 10:0.16
u:and 0:0.16 1:0.15 2:0.35 3:0.23 5:0.21 6:0.14 8:0.35 9:0.33 11:0.3 12:0.25 13:0.28
u:animals 2:0.11 10:0.13
u:anniversary 7:0.11
u:announcements 6:0.11
u:another 1:-0.18 3:-0.12 9:0.19 13:-0.19
u:answer 2:0.34 4:-0.11 5:-0.2 6:-0.2 9:0.15 13:0.16
u:answered 0:0.11 8:0.13
u:answers 0:-0.12 1:-0.12 2:0.23 4:-0.12 6:-0.15
u:any 5:-0.18 7:0.11
u:anyone 0:-0.15 5:-0.12 10:0.11
u:anything 0:-0.1 1:-0.12 6:0.24 9:0.19 11:0.14 12:0.13 13:0.11
u:anywhere 7:0.11 11:0.12
u:apart 12:-0.1
u:apologetic 1:0.13 3:0.1 5:0.11
u:apologise 1:-0.13
u:apologising 1:-0.11
u:apology 6:0.1 12:-0.11
u:app 1:-0.18 2:-0.18 4:0.13 5:0.3 6:0.26 12:-0.14
u:apparently 0:0.11 9:-0.12
u:appeared 6:0.12
u:applied 0:0.14
u:appointment 0:0.12 1:0.11 5:-0.12 7:-0.12 8:0.1 9:0.14 13:-0.2
u:appreciate 13:0.14
u:appreciated 2:-0.13 6:0.27 7:-0.11
u:apps 6:0.11 12:-0.1
u:are 2:0.15 5:0.24 7:-0.13 10:-0.29 11:-0.26 13:-0.34
u:area 3:0.21 5:0.12
u:arent 0:0.13
u:arm 5:0.1
u:arrangements 12:0.14
u:arrive 0:0.11
u:arrived 0:0.38 2:-0.11 5:0.27 6:0.41
u:as 1:0.32 10:0.15 11:0.32 12:0.13
u:ask 0:-0.2 1:0.18 2:0.27 3:-0.14 5:-0.18 6:-0.15 8:-0.13 9:-0.43 12:0.1 13:-0.23
u:asked 0:-0.24 2:0.3 3:-0.28 4:-0.29 5:-0.2 6:-0.14 8:-0.17 9:-0.21 11:0.14 12:-0.14 13:-0.25
u:asking 0:-0.11 8:-0.19 11:-0.1
u:asleep 8:-0.15
u:assistant 2:0.13 9:0.11 13:-0.18
u:at 0:0.29 1:0.18 2:-0.2 3:-0.14 8:-0.16 9:0.23 12:0.21 13:0.13
u:ate 1:0.1
u:attentive 5:0.11
u:auditorium 4:0.11
u:august 0:0.15 7:-0.2
u:away 7:0.11 8:0.1 9:0.17 12:0.13
u:back 0:-0.16 1:0.16 5:0.4 7:0.34 10:-0.33 12:-0.31
u:bad 11:-0.12 12:-0.24
u:bag 0:0.18 5:-0.19 12:0.32
u:bags 11:-0.21
u:bakery 5:0.16 12:0.14
u:ball 1:0.12
u:band 1:-0.18
u:bang 7:0.12
u:bank 2:-0.13 3:-0.1 5:-0.26 8:0.13 9:-0.17
u:banking 5:0.1
u:banks 0:0.11 5:0.13
u:bar 1:0.18 2:-0.13
u:barber 5:0.22 12:-0.18
u:barely 5:0.13 12:-0.29 13:-0.13
u:bargain 4:0.17
u:basically 7:0.14
u:bath 10:-0.19
u:bathrooms 3:0.18
u:battery 12:0.14
u:be 0:0.1 1:-0.26 5:-0.2 6:0.24 9:-0.25
u:beautifully 5:0.15
u:because 7:-0.34 10:0.16 11:0.19 12:-0.22
u:bed 5:0.13 6:-0.11
u:bedroom 5:-0.12
u:beef 12:-0.14
u:been 1:-0.14 3:0.12 4:-0.28 5:-0.18 6:0.24 7:-0.24 9:0.14 10:-0.32 11:0.11 13:-0.34
u:before 0:0.14 2:-0.14 5:-0.18 7:0.3 9:0.12 10:0.33 12:0.13 13:0.35
u:beforehand 6:0.13
u:behind 0:0.17 1:0.14
u:being 1:0.12 5:-0.17 7:-0.27 8:-0.28 13:-0.14
u:benefit 1:0.12
u:best 0:-0.13 2:-0.21 3:-0.26 5:0.34 7:-0.13 11:0.25 12:0.55 13:0.12
u:better 2:0.13 5:0.12 8:-0.1 9:0.17 12:0.33
u:between 0:0.22 1:-0.15 6:0.18 7:-0.2
u:beyond 5:-0.1
u:bien 5:0.11
u:big 2:0.16 5:-0.1 8:-0.12 11:0.2
u:bike 0:0.12 12:0.11
u:bikes 5:0.12
u:bill 1:0.22 2:-0.2 4:0.34 6:0.44 8:-0.16 11:-0.1
u:bin 0:-0.23 1:-0.11 5:0.18 13:-0.15
u:bins 2:-0.13 3:0.14 4:-0.11 5:0.45 10:-0.22 12:-0.31
u:bird 5:0.16 12:0.15
u:bit 4:0.19 6:-0.23 7:0.12 8:-0.15 9:0.28 10:0.1
u:bitter 5:0.11
u:bloke 1:0.34 7:0.12
u:blood 2:0.29 4:0.1 11:-0.13
u:blow 11:0.17 12:-0.12
u:blue 2:0.11
u:board 6:0.25
u:boards 5:0.17 10:0.13 11:-0.15
u:bob 5:0.17
u:boiler 3:0.11
u:boilers 0:0.16
u:bone 12:0.31
u:book 1:-0.11 7:-0.2
u:booked 0:0.24 3:0.11 5:0.33 7:0.16 12:0.14
u:booking 0:0.12 5:-0.13 6:0.13 7:0.17 8:0.1 13:0.24
u:books 4:0.2 5:-0.11 9:0.14 11:0.11
u:booth 3:0.11
u:boots 12:0.15
u:bot 6:0.18 13:-0.2
u:bottle 11:0.14
u:bought 5:0.4
u:box 4:-0.12 9:-0.15 13:0.11
u:boxes 12:-0.11
u:boy 8:-0.21
u:brakes 2:0.18 9:-0.23
u:branch 5:-0.25 6:-0.11 7:0.26 9:-0.25 13:-0.19
u:branches 13:-0.12
u:brand 0:0.14 5:0.29 7:0.13 12:0.15
u:bread 5:0.11 12:-0.21
u:break 5:-0.12 6:-0.14 7:-0.13
u:breakfast 4:0.24 5:0.28 8:0.16 11:0.11 12:0.15
u:bridal 8:0.2
u:brides 13:0.12
u:brilliant 6:0.15 8:0.11 9:0.17 13:0.1
u:bring 0:0.11
u:broadband 5:0.22 7:-0.13 9:-0.15 11:-0.13 12:0.17
u:broadly 13:0.16
u:broken 0:0.18 5:-0.11 10:0.13
u:brought 5:-0.14 8:0.13 10:0.15
u:brown 5:0.13 7:-0.11 12:-0.12
u:brows 5:0.11 8:-0.16
u:budget 0:-0.1 11:0.29 12:0.11
u:builder 0:0.1 1:-0.12 6:0.11 7:-0.13 9:-0.15
u:builders 11:0.13
u:bulky 4:-0.11
u:burger 12:0.14
u:burgers 10:-0.13
u:burnt 5:0.2 12:-0.14
u:bus 1:0.11 4:-0.12 5:-0.21 8:0.1
u:busy 1:0.19
u:but 0:0.16 1:0.35 2:0.17 3:0.2 4:0.32 5:0.3 7:-0.19 8:0.34 9:-0.11 10:-0.14 11:-0.36 12:0.25
u:butcher 5:0.11
u:button 8:-0.11
u:buy 6:-0.11 11:-0.16
u:buyer 13:-0.14
u:buying 11:0.11
u:by 0:0.5 3:0.23 4:0.16 5:-0.12 6:0.1 7:0.25 9:0.12 12:-0.13 13:0.16
u:cabinet 5:0.1 12:0.1
u:cafe 5:-0.13 12:-0.14
u:café 1:-0.11 3:0.11 5:0.16 10:-0.2
u:cake 5:0.28 12:0.11
u:call 2:-0.18 5:-0.13 6:0.11 8:-0.15 12:-0.19
u:callback 0:0.1 7:0.17
u:called 5:0.12 13:0.22
u:calling 1:0.19 8:-0.13
u:calls 0:0.1 2:-0.15 7:0.11 8:-0.1
u:calm 0:0.13 1:-0.18
u:came 3:0.16 9:0.28 12:0.21 13:0.11
u:can 0:-0.12 1:-0.11 2:0.14 6:0.15 9:0.19 11:0.13 12:0.11 13:0.4
u:cancelled 1:-0.12 4:-0.18 5:-0.18 6:0.36 7:-0.19 13:-0.27
u:cannot 9:-0.1
u:cant 0:0.12 2:0.11 4:0.2 6:-0.12 8:0.14 9:-0.14 11:0.41 12:0.17 13:-0.16
u:canteen 0:-0.11
u:car 0:0.18 2:-0.19 3:0.24 6:-0.13 11:-0.13 13:-0.19
u:card 0:0.13 1:0.18 5:-0.14 6:-0.1 8:0.28
u:care 5:0.1 12:0.14
u:careful 5:0.18 8:0.1
u:carpet 3:0.11 5:0.13
u:carried 1:0.15 12:0.12
u:carrier 11:-0.26
u:cashier 5:-0.16 8:-0.29 9:-0.12
u:cast 5:0.11
u:cat 12:0.14
u:ceiling 10:0.12
u:centre 1:0.19 3:0.11 6:-0.18 7:-0.1 9:0.14 12:-0.13 13:-0.14
u:centres 5:0.11
u:cest 4:0.11
u:chains 8:-0.12
u:chair 1:0.11 7:0.11 8:-0.15
u:change 1:0.22 5:-0.13 6:-0.21 8:0.26
u:changed 0:-0.1 13:-0.2
u:changes 4:-0.1 6:0.1
u:changing 3:0.24 5:-0.15 10:-0.16 11:0.14
u:chap 1:0.1 2:0.17
u:charge 0:-0.15 1:0.11 2:-0.15 4:0.37 6:0.29 11:-0.33 13:-0.2
u:charged 0:-0.13 1:-0.15 4:0.6 5:0.15 11:-0.33 13:-0.17
u:charges 1:-0.11 2:0.22 4:0.15
u:chase 6:0.1 13:0.13
u:chat 1:0.16 6:0.23 13:-0.33
u:chatbot 6:0.15 13:-0.13
u:chatted 1:0.14
u:chatty 12:-0.14
u:cheap 2:-0.15 4:0.4 6:-0.15 11:0.69 12:-0.13
u:cheaper 2:0.13 4:0.11 9:0.16
u:cheapest 4:0.11 7:0.12 11:0.31 12:-0.12
u:check 0:0.27 9:0.24 12:-0.17 13:0.13
u:checked 2:0.27
u:checking 1:0.14
u:checkout 0:0.2 4:0.13 5:-0.14 6:0.23 11:-0.17 13:-0.15
u:checkouts 0:0.11
u:cheerful 4:0.19 5:0.11
u:cheers 12:-0.12
u:chef 5:0.18 8:0.12 10:-0.14 11:-0.14
u:cher 11:0.15
u:chewing 1:-0.13
u:chicken 5:0.1 8:0.12 12:-0.14
u:children 5:0.12
u:childrens 1:0.17 8:0.18
u:chipped 8:0.1 12:-0.14 13:-0.1
u:chips 3:-0.13 5:0.36 11:0.35 12:-0.32
u:choose 12:0.12
u:christmas 1:-0.2 6:-0.14
u:chucked 5:0.1 12:-0.12
u:cinema 11:0.22
u:claim 0:0.11 6:0.16
u:class 2:0.1 7:-0.11 9:0.15
u:clean 2:-0.15 3:0.5 6:-0.2 10:0.38 11:-0.15 12:-0.11 13:-0.11
u:cleaned 3:0.17 4:0.18 10:0.11
u:cleaner 3:0.23 5:0.19 7:-0.13 10:0.29
u:cleaners 3:0.1 8:-0.13
u:cleaning 10:0.11
u:cleanliness 1:-0.11 6:-0.12 10:-0.14
u:cleans 10:-0.14
u:clear 2:-0.11 6:0.3 13:0.39
u:cleared 2:0.16 9:0.11
u:clearly 1:0.14 2:0.23 6:0.14 12:-0.25 13:0.13
u:clients 0:-0.13 10:0.1 11:-0.14
u:clinic 0:0.12
u:clippings 3:0.16 10:-0.24 12:0.17
u:closed 7:0.14
u:closing 5:-0.12
u:cloud 12:0.1
u:cloudy 3:0.19 10:-0.13
u:club 6:0.16 10:-0.1 12:-0.14
u:clubs 5:0.19
u:clueless 2:0.21 9:-0.17
u:coach 1:0.3 8:-0.21
u:coat 0:-0.11 5:0.19
u:cocktails 4:0.11 11:0.21
u:code 13:-0.12
u:coffee 2:-0.13 5:0.19 10:-0.15 12:-0.11 13:0.11
u:cold 0:0.12 1:0.17 2:-0.14 3:-0.13 5:0.55 7:-0.27 11:-0.12 12:-0.28
u:collar 12:-0.19
u:colleagues 1:0.13
u:collected 0:0.13 5:-0.12
u:collection 1:-0.13 3:0.15 4:-0.15 12:0.16 13:-0.1
u:colour 1:0.12 2:0.14 9:0.14
u:come 0:0.1 4:-0.12 5:0.14
u:comfortable 5:0.15 12:0.1
u:comfy 12:0.14
u:coming 5:0.18 10:-0.11 13:-0.19
u:comment 0:-0.1 1:0.1
u:commenting 10:0.2
u:communication 6:0.16 13:-0.23
u:company 3:-0.13 5:0.14 7:-0.12 12:-0.26
u:companys 6:0.16
u:compared 4:0.11 7:0.13 11:0.15
u:complain 0:0.1 3:0.1 5:0.15 6:-0.1 10:0.14
u:complained 6:0.1
u:complaining 7:-0.2 13:0.15
u:complaint 8:-0.11 12:0.14
u:complaints 0:0.23 4:-0.17 5:0.1 6:0.2 10:0.15 12:0.12
u:completely 12:0.11
u:complimentary 3:0.12 4:-0.17
u:computers 5:0.11 12:-0.1
u:confirmation 6:0.17 13:0.1
u:confusing 6:0.14 13:-0.29
u:consensus 12:-0.11
u:consistently 12:-0.11
u:constantly 5:0.13 6:-0.1 12:-0.24
u:consultation 0:-0.12 2:0.13
u:contact 7:-0.1
u:contract 5:-0.12 9:-0.14
u:control 0:0.11
u:conversation 8:-0.11
u:cook 9:0.1
u:cooked 12:0.11
u:coordinator 5:0.22
u:corner 2:-0.17
u:corners 0:0.1
u:correct 4:0.14
u:cost 0:-0.11 4:0.23 11:-0.16
u:costs 4:0.11 11:-0.14
u:could 1:-0.18 2:0.65 4:-0.2 5:-0.17 6:-0.19 8:0.14 10:-0.12 11:-0.2 13:0.16
u:couldnt 1:0.12 5:-0.14 9:-0.2 11:0.13 13:0.12
u:couldve 10:0.21
u:council 0:0.2 1:-0.12 3:-0.11 4:-0.17 7:-0.11
u:councils 6:0.15 13:-0.13
u:counter 0:0.24 1:0.27 5:-0.12 6:-0.25 8:0.15 10:0.13
u:courier 0:0.15 2:-0.12 5:0.13 7:0.23 8:-0.12 12:-0.1
u:course 2:0.11 5:0.12 7:-0.15
u:courses 5:0.11 11:0.15 12:0.11
u:cover 2:0.1
u:covers 5:-0.1
u:cowboy 4:0.11
u:cracked 5:0.17
u:cracking 5:0.18
u:crashed 0:0.11
u:cream 5:0.2 12:0.17
u:credit 5:0.12 6:0.12 7:0.1
u:crew 0:0.17 10:0.15
u:crisps 5:-0.22 11:0.17
u:croissants 5:0.23
u:crown 5:0.1
u:crumbs 3:0.1 5:-0.14
u:curry 5:0.17 8:-0.12
u:curt 8:-0.16
u:customer 8:-0.16 11:-0.1 12:-0.12 13:-0.12
u:customers 6:0.28 7:-0.11 8:-0.15 10:0.11 11:0.13
u:cut 1:-0.12 3:0.19 5:0.1 10:-0.2 11:0.22 12:0.14
u:dad 5:-0.1
u:daily 6:0.13
u:damage 4:-0.13 5:-0.11 6:0.11 8:0.1
u:damp 5:-0.13
u:dark 0:0.18
u:date 13:0.11
u:dates 6:0.22 13:-0.16
u:daughter 5:0.15 12:0.11
u:daughters 5:0.12
u:dave 12:0.1
u:day 0:0.25 2:-0.35 5:0.21 6:0.32 7:-0.14 9:-0.1 12:-0.24
u:daylight 0:-0.14 11:-0.12
u:days 0:0.52 2:-0.32 4:-0.21 5:-0.15 6:0.13 7:0.35 11:-0.23 12:-0.13
u:dead 5:-0.11
u:deal 11:0.18 12:0.18
u:dealer 5:-0.12 9:0.14 11:0.13
u:dealt 0:0.17 10:0.11
u:dear 4:0.15 11:-0.27
u:dearest 11:-0.14
u:debit 4:0.12
u:decent 11:0.22
u:deep 5:0.11 10:-0.16
u:degree 13:-0.12
u:delay 5:0.14 6:0.12 7:0.14 13:0.16
u:delays 7:0.1
u:delivered 1:0.15 2:-0.11 5:0.23 6:0.23
u:delivery 0:0.37 2:-0.19 3:-0.18 4:0.18 5:0.15 6:0.29 7:-0.32 8:-0.11 11:-0.24 13:-0.21
u:dent 5:0.12
u:dental 0:0.13
u:dentist 12:0.12
u:departments 6:0.14
u:depending 2:0.12 6:-0.1 9:0.11
u:depends 2:0.11
u:deposit 4:-0.11 6:0.13 7:0.19 12:0.15
u:depot 7:-0.12
u:described 1:0.17 2:0.1 6:0.18 10:0.21 12:0.22
u:describing 1:0.1
u:desk 1:0.3 3:0.13 6:-0.27 8:-0.12 9:-0.18 13:0.11
u:diagnostic 5:-0.12
u:did 0:0.16 6:0.11 8:0.14 12:0.18
u:didnt 1:0.22 2:0.23 7:0.34 9:-0.2 10:0.16 11:0.27
u:died 1:0.12 13:0.12
u:different 1:-0.16 2:0.44 9:-0.34
u:dinner 6:0.12
u:direct 4:0.12
u:dirty 1:0.12 8:-0.13 10:-0.21
u:discount 4:0.13
u:discussed 5:0.12
u:discusting 3:0.11
u:dismissive 8:-0.15
u:do 2:0.13 3:0.15 5:0.14 9:0.16 12:0.16
u:doc 8:-0.12
u:doctor 6:0.24
u:doctors 9:0.15 11:-0.13
u:does 5:-0.13
u:doesnt 5:0.12 9:-0.11 13:-0.31
u:dog 1:0.13 3:0.13 8:0.13 10:-0.11
u:dogs 5:0.18
u:doing 5:0.18 7:-0.12 9:0.22
u:dominated 0:0.14
u:done 1:-0.1 7:0.18 12:0.15
u:dont 0:-0.13 4:0.19 5:-0.11 7:0.13 11:0.14
u:door 2:-0.17 7:0.12
u:doors 7:-0.13
u:double 5:0.11 9:0.14
u:doubled 4:0.11
u:down 0:0.19 2:-0.2 3:0.2 4:0.12 6:-0.1 7:0.17 10:0.13 11:0.14 12:-0.27 13:0.24
u:downhill 1:0.11
u:dr 2:0.12 9:0.18
u:dragon 8:-0.21
u:drain 0:0.11
u:draw 13:0.12
u:drew 2:0.12 9:0.11
u:dried 7:0.11
u:drilled 5:0.12 12:-0.15
u:drink 11:0.13
u:drinks 5:0.12 8:-0.13 12:0.12
u:drive 3:0.18 12:0.18
u:driver 0:0.16 1:0.42 5:0.15 7:0.22
u:drivers 0:0.14 6:0.12 7:-0.15
u:driving 3:-0.13 5:-0.11
u:dropped 7:0.4 10:0.22 12:-0.16 13:0.16
u:dropping 5:0.13 8:-0.1 12:-0.11
u:drops 5:0.15 12:-0.11
u:drove 5:0.12 12:0.11
u:dry 3:-0.15 5:0.24 11:0.16
u:dryers 10:0.18
u:dublin 11:-0.26
u:due 6:0.21 12:0.1 13:-0.13
u:dunno 11:0.11
u:dust 3:0.24 10:0.23
u:e 0:0.21 7:-0.26
u:each 1:0.17 2:-0.11 6:0.47 7:0.1 9:-0.11 12:-0.16 13:0.12
u:ear 1:-0.14 5:0.18 12:-0.14
u:early 2:0.12 11:-0.1 12:0.11
u:earth 11:-0.15
u:easy 0:0.15 6:0.11 7:0.19
u:eat 5:0.1 8:0.1
u:eaten 3:0.11
u:eggs 8:0.16
u:eight 0:0.38 2:0.11 5:-0.13 7:0.2
u:elderly 1:0.23
u:electric 12:-0.11
u:electrician 5:-0.15 7:-0.1 9:0.13 10:0.16 13:0.11
u:eleven 0:0.16 1:-0.12 7:-0.11
u:else 8:-0.15 11:0.23
u:elses 2:0.17 3:0.19 9:-0.12 10:-0.14
u:email 1:-0.23 2:-0.14 5:-0.17 6:0.3 7:0.11 10:0.15
u:emailed 2:-0.14 5:0.11 6:0.28 12:-0.16 13:0.2
u:emails 0:-0.15 4:-0.12 6:0.54 12:0.11 13:-0.31
u:emergency 7:-0.19
u:encouraging 5:0.11
u:end 2:0.11 7:-0.15 11:0.23
u:ended 7:-0.17 8:-0.11 9:-0.11
u:ends 12:0.2
u:energy 0:0.15 5:-0.14
u:engineer 2:0.2 3:0.11 12:-0.15
u:english 2:-0.1 6:0.14 9:0.12 13:0.25
u:enough 1:0.1 2:0.15 9:-0.1
u:entirely 11:0.17
u:entry 5:0.11
u:equipment 0:0.12 4:0.1 10:0.11 12:0.1
u:estate 1:-0.12 5:0.11 6:0.15
u:estimate 4:0.11
u:even 1:0.15 5:-0.2 6:-0.13 7:0.24 8:0.43 9:0.13 10:0.28 13:0.13
u:evening 2:0.14
u:eventually 0:-0.15 5:0.16 8:-0.11
u:ever 0:0.18 2:-0.12 5:-0.11 6:0.17 10:-0.2
u:every 3:0.2 6:0.18 8:0.13 9:0.14 10:0.32 11:-0.17 12:0.1 13:0.4
u:everyone 1:0.21 5:-0.16 8:0.2 10:0.16
u:everything 1:0.11 3:0.12 5:0.18 6:0.2 7:0.13 9:0.11 10:0.21 12:0.29 13:0.33
u:everywhere 1:-0.1 3:0.28 10:-0.22
u:evrything 6:0.11
u:exactly 0:0.13 2:0.22 5:0.24 7:0.26 9:0.57 11:0.18 12:0.27 13:0.44
u:excellent 2:0.12 5:0.15 6:0.16 9:0.14
u:expected 7:-0.1 11:-0.11 12:-0.2
u:expecting 7:0.16 11:0.13
u:expensive 4:0.11
u:experience 0:-0.1 1:-0.1
u:expert 2:0.16 9:-0.22
u:explain 1:-0.15 2:0.14 6:0.33 8:0.13 13:0.16
u:explained 1:0.24 4:-0.19 6:0.46 9:0.25 13:0.61
u:explaned 6:0.15 13:0.1
u:express 0:0.33 5:-0.19 7:-0.27
u:extra 0:0.24 2:-0.17 5:0.17 7:-0.23 8:-0.11
u:eye 4:0.2 5:-0.1 11:-0.17
u:eyes 8:-0.12
u:fab 1:0.21 8:0.21
u:face 5:0.13 12:0.16
u:fade 5:0.1 11:0.27 12:0.5
u:failed 12:0.12 13:0.17
u:fair 1:0.21 3:0.12 4:0.24 5:0.3 7:-0.1 8:0.11 11:0.49
u:fairly 12:0.14
u:families 0:-0.11 10:0.13
u:fan 10:0.12
u:fantastic 7:-0.22 11:-0.23
u:far 0:0.16 7:0.12 8:-0.17
u:fare 2:0.13 9:0.11
u:fares 6:-0.11 8:0.1
u:fast 0:0.24 7:0.39 11:-0.15
u:faster 12:0.12
u:fault 2:0.11 5:0.12 7:0.13
u:faults 2:0.13 9:0.13
u:faulty 9:0.12
u:fed 11:-0.18
u:fee 4:0.59 5:-0.19 6:0.22 8:0.11 11:-0.47
u:feedback 13:0.12
u:feel 0:-0.17 1:0.14
u:fees 0:0.11 4:0.48 5:-0.17 11:-0.26
u:feet 8:0.12
u:fell 5:0.14 12:-0.19
u:felt 1:0.16 4:0.23 5:-0.24 6:0.15 8:-0.1 11:-0.23
u:few 5:0.12 11:-0.14
u:fewer 12:0.14
u:fibre 5:0.12 9:-0.13
u:fifty 7:-0.11
u:filled 1:0.1
u:fillings 9:-0.11
u:film 5:0.11 12:0.16
u:filthy 0:-0.18 3:0.17 5:-0.15 10:-0.29
u:final 5:-0.13 6:0.16
u:finally 5:0.2 7:-0.23 9:0.35 10:0.46 12:0.23
u:find 0:-0.13 1:-0.17 7:0.15 10:-0.15 11:-0.15 12:-0.11 13:-0.23
u:finding 6:0.11
u:fine 0:-0.16 1:-0.37 2:0.22 3:-0.14 5:-0.33 6:-0.26 8:-0.14 9:-0.12
u:fines 4:0.11
u:finished 6:-0.16 8:-0.17
u:firm 4:0.17
u:first 1:-0.17 2:0.23 3:-0.11 5:-0.12 7:0.19 8:0.17 9:0.28 12:0.18 13:0.31
u:fish 3:-0.13 5:0.19 12:0.14
u:fit 7:-0.2
u:fitted 5:0.25 7:0.14 10:0.2 11:-0.12 12:0.11
u:fitter 1:0.14
u:fitting 0:0.11 5:-0.1 7:0.12
u:five 0:0.3 2:-0.1 5:0.16 7:-0.29 8:-0.14 12:0.16 13:-0.12
u:fiver 11:0.41
u:fix 0:0.11 1:-0.13 3:-0.1 12:0.14
u:fixed 0:0.17 4:0.13 7:0.2 11:0.16 12:0.14
u:fixtures 6:0.1
u:flat 0:-0.17 2:0.14 8:-0.1 9:0.1 11:0.15
u:flea 11:-0.13
u:flew 5:-0.12
u:flights 12:0.1
u:floor 3:0.44 4:-0.16 5:-0.15 10:-0.45 11:0.11 12:0.2
u:floors 3:0.12
u:florist 5:0.13
u:fly 0:0.14 1:-0.11 11:-0.31
u:focus 4:0.11 5:0.11
u:follow 6:0.16
u:following 0:0.2 7:-0.24
u:food 0:0.11 2:-0.16 5:0.64 6:-0.19 8:-0.11 10:-0.18 11:-0.18 12:0.24
u:for 3:-0.18 4:0.18 7:-0.79 11:-0.2 12:-0.21 13:-0.33
u:forgive 8:0.12
u:forgot 5:0.19 12:-0.12
u:form 2:0.28 5:-0.12 13:0.12
u:fortnight 0:0.11 5:0.2 10:-0.11 12:-0.32
u:forty 0:0.12 2:0.14 7:-0.18 9:0.12 11:0.11 13:-0.16
u:found 0:-0.13 1:0.15 2:0.28 3:0.25 4:0.11 5:-0.13 8:-0.24 9:0.14 11:0.12 12:0.17 13:-0.15
u:four 0:0.21 1:0.19 5:0.16 6:0.25 7:-0.28 8:-0.11 12:0.1
u:fourteen 0:0.13 6:0.13
u:foyer 10:0.17
u:fraud 0:0.19
u:free 4:-0.2 5:-0.11 7:0.25 8:0.11 11:0.21 12:-0.18
u:freezing 12:-0.15
u:fresh 0:-0.13 3:0.21 10:0.31
u:friday 0:0.12 5:0.12
u:fridge 12:-0.11
u:friendly 0:0.19 1:0.63 2:0.26 3:0.21 6:-0.11 8:0.22 9:-0.14
u:from 0:-0.13 6:0.11 7:0.19 11:-0.21 13:-0.2
u:front 3:0.18 5:0.22 9:-0.13 10:-0.18 12:-0.17
u:frozen 5:0.15 12:-0.15
u:frustration 0:0.14 1:0.14 2:-0.11 4:0.2
u:full 0:-0.2 1:-0.19 2:-0.12 4:0.13 5:0.24 6:0.17 9:-0.14 11:0.2
u:fuming 7:-0.11
u:fuse 1:0.13 5:0.1
u:garage 1:-0.12 2:0.16 6:0.18 9:0.22
u:garden 1:-0.1 3:0.19 9:0.11 10:-0.13 12:0.11
u:gardener 3:0.15 12:0.19
u:gate 1:0.12 8:-0.14 11:0.12
u:gave 2:0.27 9:-0.36 13:0.17
u:gem 1:0.16 8:0.15 11:0.13
u:gentle 8:0.14 13:0.1
u:genuine 1:-0.12 5:0.16
u:genuinely 3:0.1 5:0.13 11:0.11 12:0.16
u:get 0:0.13 1:-0.19 2:0.1 3:-0.14 6:-0.2 7:0.12 10:0.11 12:-0.21 13:-0.18
u:gets 11:-0.16
u:getting 0:0.21 6:0.12 9:0.17 13:-0.17
u:girl 1:0.12
u:girls 8:0.19
u:give 5:0.22 8:0.12
u:given 2:0.12 5:0.12 12:0.12
u:giving 2:0.14
u:glad 12:0.13
u:glass 12:0.1
u:glaucoma 2:0.12 9:0.11
u:gleaming 10:0.13
u:go 1:-0.19 2:0.25 12:-0.2
u:goes 7:-0.19
u:going 2:-0.1 3:0.16 5:0.15 12:0.15
u:gone 0:0.16 2:0.13 5:0.13 10:0.19 11:-0.14 12:0.2
u:good 0:-0.13 2:-0.15 5:0.19 9:0.11 12:0.24
u:googled 9:-0.16
u:gorgeous 5:0.27 10:0.1 12:0.31
u:got 1:0.11 7:0.22 12:-0.15
u:gp 0:0.13 2:0.16 5:-0.2
u:gps 2:0.11
u:gr 5:0.24 12:0.2
u:grate 12:0.12
u:greasy 3:0.11
u:great 2:-0.15 7:-0.11 8:0.1 10:-0.14 11:0.13 13:-0.22
u:grey 5:0.17 12:-0.13
u:grim 3:0.31 5:-0.13 10:-0.31
u:gripe 3:0.11 7:0.14
u:gristly 12:-0.12
u:groomer 12:-0.1
u:group 4:0.17 5:-0.13 10:0.23
u:grout 5:0.13
u:grubby 3:0.1 10:-0.14
u:guard 1:0.12
u:guess 1:-0.1 5:-0.1
u:guests 3:0.11 10:-0.31 13:-0.18
u:guide 5:0.11
u:gum 1:-0.12
u:gums 0:-0.11 5:0.13 12:-0.12
u:guy 2:0.31 6:-0.2 7:0.12
u:gym 0:0.11 4:-0.11 6:-0.11
u:gyms 5:-0.11 9:-0.1 11:0.12
u:had 6:-0.11 7:0.17 8:-0.1 9:-0.11 11:-0.11 13:-0.2
u:hadnt 2:0.11 6:0.11 13:-0.18
u:hair 0:-0.1 3:0.27 4:-0.1 10:-0.26
u:haircut 1:0.11 5:0.15
u:hairdresser 0:-0.1
u:hake 9:0.1
u:half 2:0.16 4:0.1 6:0.12 7:0.16 9:-0.19 11:0.11 12:-0.29 13:-0.15
u:halls 3:0.11
u:hallway 3:0.1
u:halved 12:0.12 13:0.1
u:hand 3:0.12 5:-0.11 10:0.12
u:handed 12:0.13
u:handling 6:0.16 11:-0.11
u:handset 2:0.15 9:0.1
u:handwritten 1:0.17
u:happening 2:-0.11 6:0.15
u:happy 1:0.1 3:-0.11 4:0.13 11:0.32
u:hard 1:0.11
u:hardly 12:0.12
u:has 1:0.1 4:0.12 5:0.28 7:0.13 9:0.17 11:-0.16 12:0.27 13:-0.22
u:hasnt 5:0.13 6:-0.2 12:0.16
u:hate 1:0.13
u:have 1:-0.16 2:-0.11 3:0.33 6:0.11 8:-0.16 9:0.11 11:-0.28
u:having 4:0.12 8:-0.14 11:-0.11
u:he 0:0.13 1:0.25 3:0.17 4:0.16 7:0.12 8:0.27 9:0.12 10:0.26 12:0.15 13:0.11
u:head 1:-0.16 6:-0.16 12:-0.14
u:headache 5:0.13
u:headaches 9:-0.13
u:headphones 12:0.13
u:headsets 6:0.18 13:0.3
u:hear 6:0.16 11:-0.11
u:heard 6:0.17 13:-0.13
u:hed 1:0.24 2:-0.11 6:0.12 7:0.14 8:0.12
u:hedge 12:0.19
u:held 1:0.16 6:0.11 8:0.13
u:help 1:0.17 2:0.11 5:-0.12
u:helpful 1:0.18 13:-0.18
u:helpfull 1:0.11 8:0.11
u:helping 0:-0.1
u:helpline 7:-0.12 8:0.14
u:her 1:0.37 2:0.19 3:-0.12 6:-0.28 7:-0.15 9:0.21
u:here 0:-0.11 2:-0.12 3:-0.11 4:0.16 6:-0.22 7:0.24 10:0.1 11:0.18 12:-0.19
u:hes 0:-0.15 2:0.17 5:0.14 9:0.16 11:0.16
u:high 4:0.19 11:-0.2
u:higher 10:-0.15 11:-0.18
u:highly 4:0.11
u:him 1:0.18 8:0.12
u:himself 3:0.14 5:0.14 12:0.24
u:hinge 12:-0.1
u:hip 11:-0.14
u:hire 12:-0.11
u:his 0:-0.24 1:0.49 2:0.22 8:-0.48 9:0.16 11:-0.22
u:hold 0:0.77 1:-0.18 5:-0.17 6:-0.16 7:-0.2
u:hole 5:-0.11
u:holiday 3:-0.1 5:-0.1
u:home 1:-0.32 3:-0.11 5:0.25 6:0.17 12:0.19
u:honest 1:0.18 5:-0.1 9:0.3 13:0.23
u:honestly 0:-0.2 1:-0.11 3:-0.14 4:0.25 10:0.17 12:0.13 13:0.1
u:hoovered 0:0.11 3:0.17 10:0.4 12:0.11
u:hospital 0:-0.13 1:-0.18 11:-0.22
u:hot 0:0.11 7:0.24
u:hotel 3:0.1 11:0.11
u:hour 0:0.42 2:-0.24 3:0.14 4:0.26 5:-0.12 7:-0.11 10:0.3 12:0.17 13:0.4
u:hours 0:0.26 1:-0.14 3:-0.1 5:-0.16 6:0.25 7:-0.36 10:-0.12 11:-0.25 12:-0.12 13:-0.34
u:house 4:0.11 10:0.13
u:housing 3:0.1
u:how 0:-0.11 4:-0.31 8:0.15 10:0.19 13:0.18
u:however 0:0.1 1:0.13 3:0.18 4:0.1 5:0.19 7:0.11 12:0.16
u:hrs 0:0.4 7:-0.27
u:human 6:0.1 13:-0.11
u:husband 1:0.16 8:-0.19
u:hygiene 3:0.15 10:-0.2
u:i 5:-0.17 7:-0.1 9:-0.3 10:-0.13
u:id 0:0.28 5:0.11 7:0.2 9:0.19 10:-0.15 11:0.33 13:0.14
u:idiot 8:-0.11
u:if 0:-0.37 2:0.16 3:-0.13 6:-0.17 8:-0.21 9:-0.11 10:-0.37 11:-0.22 13:0.17
u:ignorant 1:0.11 8:-0.12
u:ignored 12:0.11
u:ill 0:0.13 4:0.12 5:-0.16 6:-0.11 8:0.16 11:-0.12
u:im 0:-0.16 1:-0.12 3:0.13 4:0.15 7:-0.13 10:-0.1 12:-0.18 13:-0.16
u:immaculate 3:0.27 10:0.5 12:0.15
u:immediately 11:-0.14
u:impossible 6:0.14 10:0.11
u:impressed 0:0.3 7:0.31
u:in 0:0.32 1:-0.29 2:0.16 7:0.4 8:0.16 9:0.17 10:0.1 12:0.24
u:included 6:0.12
u:info 6:-0.13
u:information 2:0.23 6:-0.14
u:informed 6:0.11
u:injury 11:-0.1
u:inside 2:0.16 5:0.11 7:0.19 8:-0.12 11:0.19
u:inspection 0:-0.13 12:0.16
u:installation 6:0.11
u:installer 12:-0.15
u:instead 7:0.19 9:0.13 13:0.16
u:instructions 6:0.12
u:instructor 1:0.14 5:-0.15 6:-0.11 7:0.12
u:instructors 2:0.12 5:0.1
u:insurance 9:-0.13
u:insurer 12:0.11
u:interior 2:0.11 3:0.12 11:0.15
u:interrupting 8:-0.12
u:into 1:0.12 5:-0.12 6:-0.11 11:0.11 13:-0.12
u:invites 6:0.13 13:0.13
u:invoice 4:0.13
u:is 1:0.15 2:-0.3 4:0.24 5:0.25 10:0.17 12:0.33 13:-0.17
u:isa 2:0.18 9:-0.21
u:isnt 5:0.18 11:-0.22
u:it 2:0.15 3:0.15 4:-0.1 5:0.16 6:-0.12 7:-0.14 8:0.51 12:-0.5 13:0.2
u:itd 7:0.16
u:its 0:0.19 1:0.11 2:-0.2 6:0.17 7:-0.44 8:-0.24 11:0.27 12:0.11
u:itself 0:0.22 3:0.13 4:0.14 5:0.35 11:-0.11 12:0.32
u:ive 2:-0.14 3:0.11 5:-0.14 6:0.16 10:-0.24
u:jacket 5:0.13
u:jacuzzi 12:-0.14
u:january 0:0.21 7:-0.15
u:jargon 5:-0.11 6:0.11
u:job 1:-0.12 2:-0.18 5:0.13 6:0.12 10:0.11 13:-0.1
u:joined 6:0.14
u:joke 11:-0.12
u:jumpers 1:-0.17
u:june 7:-0.13 13:-0.13
u:just 0:-0.12 2:-0.14 3:-0.23 8:-0.3 9:-0.13 12:-0.41
u:kebab 5:0.16
u:keep 0:-0.17 2:-0.12 5:0.19 8:0.18 12:-0.32
u:kept 0:0.27 1:0.25 5:0.12 6:0.42 9:-0.16 13:-0.19
u:kettle 5:0.11 6:0.2 12:-0.16 13:0.23
u:keys 0:0.12
u:kidney 8:0.14
u:kids 3:-0.1 4:0.16 11:0.23 12:0.12
u:kind 1:0.32 3:0.12 5:-0.17 8:0.28 13:0.11
u:knee 2:0.12 5:0.11 11:-0.15
u:knew 0:0.13 1:-0.14 2:0.67 3:-0.14 6:-0.23 8:0.1 9:0.54 11:0.17 12:0.39
u:knocked 0:0.15 4:0.15 11:0.18
u:know 0:-0.13 4:0.17 9:0.28 13:0.21
u:knowing 2:-0.1
u:knowledgable 2:0.13 9:0.12
u:knowledge 5:-0.1
u:knowledgeable 2:0.28 9:0.14 13:-0.13
u:knows 2:0.36 9:0.25
u:la 1:0.15 5:0.11 7:-0.1 12:0.15
u:label 9:-0.12
u:lad 0:-0.13 1:0.24 2:0.33 6:-0.11 9:-0.21 12:-0.1
u:lads 1:0.15 8:0.13 12:0.14
u:lady 1:0.32 5:-0.39 6:-0.14 7:0.13 8:0.18 13:0.19
u:lamb 5:0.14
u:landlord 1:0.1
u:landscaping 12:0.12
u:language 13:-0.11
u:laptop 7:0.19
u:last 3:0.16 5:-0.18 6:-0.12 8:0.16 12:-0.32 13:-0.15
u:lasts 12:0.16
u:late 1:-0.17 2:-0.11 6:0.47 7:-0.37 11:0.12 12:-0.12 13:-0.19
u:later 0:-0.25 1:-0.12 2:0.27 7:-0.11 9:-0.25 12:0.14
u:laugh 4:0.14 6:-0.11 11:-0.13
u:laundrette 5:-0.1 10:0.15
u:law 13:-0.13
u:layout 0:-0.14
u:le 1:0.11 4:0.11 11:0.3
u:leak 0:0.12 5:0.21 12:0.2
u:leaned 8:-0.17
u:leather 12:-0.14
u:leaves 10:-0.17
u:leaving 1:-0.2 3:0.16 10:-0.11
u:lecture 1:0.1
u:left 1:-0.17 2:-0.26 3:0.46 5:0.14 7:-0.1 9:0.13 13:-0.14
u:legend 1:0.25 8:0.33
u:leisure 2:-0.13
u:length 0:0.12
u:lenses 5:-0.11
u:less 4:0.2 6:0.12
u:lessons 12:0.1
u:let 13:0.13
u:letter 2:-0.24 5:-0.23 6:0.41 13:-0.42
u:letters 0:-0.11 2:-0.21 5:-0.14 6:0.57 13:-0.37
u:letting 6:0.13 12:0.14
u:librarian 9:0.13
u:library 1:0.11 3:0.14 8:0.21 10:0.11 12:-0.12
u:life 5:0.13 12:0.12
u:lifeguard 8:-0.16
u:lifted 12:-0.13
u:like 0:-0.28 1:0.29 2:-0.2 4:-0.13 5:0.42 6:-0.14 7:0.28 8:-0.2 10:-0.14 11:0.11 13:0.1
u:liked 13:0.12
u:line 0:0.14 4:-0.12 5:0.19 7:-0.2 13:-0.11
u:link 0:-0.11 6:0.25 13:-0.15
u:list 0:0.12 4:-0.12 11:0.16
u:listened 1:-0.13 6:0.32 11:0.11 13:0.29
u:listening 0:0.12 6:-0.1
u:little 0:-0.11 2:0.13 4:0.18 9:0.17
u:lived 11:-0.1
u:loads 5:0.1 13:0.14
u:loan 7:-0.15
u:local 0:0.14 5:0.11 7:0.17 12:0.19
u:lockers 12:-0.11
u:locksmith 4:0.13 5:-0.11 6:0.1
u:locum 2:0.17 9:-0.12
u:logo 11:-0.13
u:lol 7:-0.16
u:london 4:0.13
u:long 0:0.33 7:-0.2 8:0.15 9:0.15 12:0.13 13:-0.12
u:longer 6:-0.11
u:look 0:-0.32 2:-0.27 5:0.11 12:0.16
u:looked 1:0.15 2:-0.12 5:0.14 9:0.11
u:looking 3:0.13 5:0.16 10:-0.14
u:looks 0:0.16 3:0.13 5:0.34 7:0.17 12:0.31
u:loos 3:0.21 10:-0.13
u:lose 8:0.11
u:lost 2:-0.14 12:-0.21
u:lot 1:0.13 5:-0.11 6:0.18 8:0.15 9:0.26
u:lots 11:0.15
u:lounge 5:-0.11
u:love 0:0.36 1:-0.19 3:-0.16 6:0.19 12:0.22
u:loved 1:-0.15 3:-0.16 6:-0.1 9:0.15
u:lovely 0:-0.18 1:0.68 3:0.3 4:0.11 6:-0.16 8:0.56 10:0.14
u:loving 11:-0.23
u:loyalty 4:0.18
u:luckily 2:0.13
u:luggage 5:-0.1
u:lukewarm 5:0.1 12:-0.16
u:lunch 0:0.33 5:-0.25 6:-0.16 11:0.19
u:lunchtime 5:0.15 13:0.12
u:machine 12:-0.2
u:machines 6:-0.15 8:0.12 12:-0.15
u:made 5:0.1 8:0.16 12:0.31
u:magnifique 5:0.14 11:-0.14 12:0.15
u:main 4:0.22 11:0.14 12:0.28
u:mais 11:-0.14
u:make 4:0.12 11:0.12
u:makes 0:-0.1 6:0.12 13:0.11
u:malaga 5:0.1
u:man 1:0.19 5:0.1 6:-0.12 13:0.12
u:managed 11:0.12
u:management 0:0.1 7:0.15
u:manager 0:-0.34 1:0.24 2:-0.27 5:-0.25 6:0.24 8:-0.12 11:0.18 12:-0.11 13:0.35
u:manchester 11:-0.25
u:many 6:0.13 13:-0.15
u:map 6:0.13 13:0.11
u:march 0:0.11 6:0.19 7:-0.29 13:-0.24
u:marcus 11:-0.1
u:marks 2:0.11
u:massive 5:0.3 11:0.2 12:0.15
u:mate 8:-0.11 11:0.19
u:mats 3:0.11
u:me 0:-0.33 1:0.31 2:0.29 3:-0.29 4:-0.22 5:-0.27 7:0.12 10:0.11 13:0.35
u:meal 12:0.22
u:means 0:0.11 12:0.14 13:0.11
u:meant 9:-0.11
u:mechanic 0:-0.16 2:0.29 5:-0.18 11:0.1
u:medication 2:0.13
u:members 5:0.16 8:0.14 13:-0.1
u:membership 6:0.22
u:men 5:0.51 8:0.1
u:mention 3:0.11
u:mentioned 4:-0.1 5:0.17
u:menu 0:-0.15 4:0.11 6:0.18 13:-0.15
u:menus 13:-0.12
u:merci 5:0.1 12:0.13
u:mess 0:-0.1
u:met 8:0.2
u:middle 5:0.18 12:-0.1
u:might 1:-0.1
u:mile 12:-0.16
u:milk 0:0.15
u:min 0:0.18
u:mind 0:0.16 4:0.14 5:0.11 8:0.22 11:-0.19 12:0.11
u:mingin 12:-0.18
u:minging 10:-0.13
u:mins 0:0.71 1:0.12 2:-0.13 5:-0.23 13:-0.11
u:mint 12:0.11
u:minute 6:0.13
u:minutes 0:0.52 5:-0.16 7:0.14 8:-0.25
u:miracle 5:-0.15
u:miserable 8:-0.11
u:missed 0:-0.3 2:0.39 3:-0.17 5:0.32 7:-0.18 9:0.13 12:-0.24
u:moan 5:0.14
u:mobile 5:-0.11 8:-0.13
u:model 2:0.12 9:0.11
u:moderator 0:-0.11 1:-0.15 4:-0.15 5:-0.29 6:-0.16 9:-0.16
u:monday 0:0.27 12:0.16
u:money 0:0.2 4:0.22 7:-0.11
u:month 0:-0.12 9:-0.13 12:-0.14 13:-0.16
u:monthly 4:0.13
u:months 1:-0.11 5:0.4 6:0.21 9:0.2
u:more 2:-0.12 5:0.11 9:0.24 11:-0.3 12:-0.15
u:morning 0:0.18 1:0.1 5:-0.16 7:0.25 9:-0.12 13:0.19
u:mornings 5:0.13
u:mortgage 0:-0.17 5:-0.12 6:0.11 11:-0.12
u:most 0:0.28 4:0.18 8:0.12 9:0.16 11:-0.16
u:mostly 1:-0.12
u:mot 5:-0.33 11:0.23
u:mother 1:0.16
u:mould 12:0.13
u:mouth 8:-0.21
u:moved 5:-0.11 9:0.17 12:0.11
u:much 1:-0.1 5:-0.21 6:0.22 8:0.11 9:-0.12 13:0.19
u:mud 5:0.15
u:music 0:0.19 7:-0.13
u:musty 3:0.16 10:0.2
u:muy 1:0.21 8:0.17
u:my 1:0.23 2:0.24 3:-0.36 7:0.33 8:0.28 9:0.35 11:0.18 12:0.18 13:-0.15
u:myself 4:0.12
u:mystery 10:-0.12
u:n 0:0.13 1:0.14 4:0.1 5:0.35
u:naan 5:0.11 12:-0.1
u:nails 12:0.28
u:name 1:0.17 5:-0.12 8:0.12 13:0.26
u:nearly 6:-0.12 7:-0.16
u:neat 5:0.15 12:0.11
u:need 1:-0.12 10:-0.13 13:-0.13
u:needed 0:-0.2 1:0.29 2:0.15 4:-0.11 6:-0.21
u:needs 9:0.22
u:negative 8:-0.16
u:networks 8:-0.16
u:never 3:-0.12 4:-0.21 6:0.26 8:0.24 10:0.25 11:-0.12 12:0.21 13:-0.4
u:new 0:0.28 1:-0.17 2:0.12 5:0.36 7:0.28 10:0.31 12:0.28 13:0.57
u:newsletter 2:-0.12
u:next 0:0.16 2:-0.21 3:0.12 4:-0.23 5:-0.15 13:0.11
u:ngl 8:0.21
u:nhs 0:0.13
u:nice 0:-0.18 1:0.23 4:-0.11 5:-0.22 8:0.5
u:nick 12:-0.13
u:night 1:0.13 3:0.1 7:0.28 8:0.1 12:0.22
u:nightmare 0:-0.1
u:nights 11:-0.11 12:-0.17
u:nine 6:0.1 7:-0.13 13:-0.1
u:no 0:0.23 1:-0.14 2:0.11 3:-0.19 4:-0.1 6:0.43 7:-0.12 9:-0.12 12:-0.11 13:-0.22
u:nobody 1:-0.18 2:-0.2 4:-0.19 6:0.58 7:-0.16 9:-0.12 13:-0.76
u:nobodys 6:-0.12
u:nodded 8:0.12
u:noise 12:0.26
u:not 1:0.21 2:0.17 5:0.28 6:-0.11 8:-0.25 9:-0.14 11:-0.24
u:note 5:-0.12
u:nothing 3:-0.11 4:0.17 7:-0.14 8:0.12 9:-0.16 12:-0.23 13:-0.37
u:notice 5:-0.13
u:noticed 0:-0.13 2:0.15 6:-0.18 10:0.13
u:notifications 6:0.1
u:now 0:0.23 2:-0.17 5:0.19 7:-0.12 10:0.18 11:-0.3 12:-0.11 13:0.24
u:nowhere 1:0.13
u:number 0:0.13 9:0.11
u:nurse 1:0.2 5:-0.15 8:0.27 9:0.11 13:0.16
u:nursery 4:0.1
u:nurses 1:0.11
u:oat 5:0.12
u:of 2:-0.12 6:0.15 7:-0.17 8:-0.2 9:0.13 10:-0.19 11:-0.1 12:-0.31 13:-0.12
u:off 0:-0.1 4:0.15 5:-0.19 6:-0.17 7:-0.14 10:0.19 12:-0.3
u:office 0:0.18 5:-0.29 6:-0.26 9:-0.16
u:officer 0:0.16
u:often 1:0.24 5:0.18 12:0.15
u:oh 12:-0.11
u:ok 0:0.1 3:-0.11 7:0.15
u:old 0:-0.25 2:0.16 5:-0.17 6:-0.32 7:0.14 8:0.11 11:0.12 12:-0.1
u:older 1:0.2 2:-0.16 13:-0.35
u:on 0:0.11 6:-0.12 7:-0.15 10:-0.19 12:0.3 13:-0.17
u:once 5:0.16 6:0.21 10:-0.11 12:0.16 13:-0.12
u:one 1:-0.2 2:0.29 3:0.12 5:0.31 11:0.18
u:ones 0:-0.19 1:0.17 8:0.16 9:0.1 12:-0.13
u:online 3:-0.1 4:0.17 6:0.17 7:0.43 8:0.1 11:-0.14 13:0.3
u:only 0:0.1 3:0.14 4:0.41 5:0.12 6:0.18 8:0.29 12:-0.11
u:op 7:0.11
u:opened 5:-0.1
u:opening 0:-0.18 5:-0.14
u:operation 6:0.12
u:opinion 2:0.14 9:-0.14
u:opinions 8:-0.18
u:opposite 2:0.11
u:optician 2:0.23 4:-0.11 9:-0.19
u:opticians 1:-0.13 5:-0.11 13:0.13
u:option 7:0.15
u:options 6:0.15
u:optometrist 1:-0.11
u:or 0:0.1 3:0.11 5:0.18
u:order 0:0.17 2:-0.14 4:0.16 5:-0.1 6:-0.12 7:-0.12 10:-0.1 12:-0.12
u:ordered 0:0.39 2:-0.16 5:0.35 6:0.12 12:-0.17
u:ordering 12:0.16
u:original 4:0.13
u:other 0:0.11 2:0.12 3:0.11 5:-0.16 7:0.27 9:0.27 10:-0.14
u:otherwise 9:0.12
u:our 1:0.13 2:0.23 5:0.18 6:-0.21 7:0.21 10:-0.13 11:0.2 12:0.15 13:0.17
u:out 2:0.22 4:0.13 5:0.15 7:0.12 11:-0.25 12:-0.15 13:-0.31
u:outside 0:0.14 1:-0.17 7:-0.11
u:oven 5:0.17
u:over 3:0.14 4:0.2 7:-0.17 8:-0.12 9:0.23 10:-0.25 13:-0.18
u:overall 8:-0.16
u:overcooked 8:0.1
u:overdraft 4:0.11
u:overflowing 3:0.19 5:-0.1 10:-0.14
u:overpriced 4:0.2 11:-0.22 12:-0.23
u:own 5:0.15
u:owner 9:0.1 10:0.16
u:owners 5:0.11
u:p 0:-0.25 5:0.17 6:-0.13 11:-0.28 12:-0.12
u:packed 0:0.13 5:0.16 12:0.14
u:pads 1:-0.12 6:0.12
u:page 0:-0.12 6:0.21 11:-0.11 12:-0.11
u:paid 1:-0.17 3:-0.2 7:-0.12 12:-0.13
u:pain 2:0.11 6:-0.12
u:painless 0:0.15 7:0.22
u:paint 2:0.19 3:-0.12
u:paper 5:0.1
u:par 11:-0.14
u:parcel 2:-0.17 3:-0.14 5:0.27 7:0.12 8:-0.12 12:0.13
u:parcels 4:0.1
u:parents 0:-0.13 2:-0.16 6:0.24 13:0.15
u:paris 5:0.16
u:park 0:-0.12 1:-0.16 4:0.13 6:-0.12 11:-0.17
u:parking 0:-0.14 2:-0.11 3:-0.1 4:-0.18 5:-0.17 11:-0.26 12:0.18
u:part 2:0.16
u:participant 7:-0.15 8:0.1
u:participants 1:-0.18 2:-0.22 3:-0.1
u:party 11:0.12
u:passed 1:-0.11 5:-0.23
u:passengers 13:-0.12
u:passing 13:0.1
u:passport 0:0.22
u:past 0:0.2 6:-0.16 12:0.24
u:pasty 5:0.1 12:-0.12
u:patchy 12:-0.16
u:path 3:0.15
u:patient 0:-0.1 1:0.24 2:-0.1 7:-0.11 8:0.33 12:0.1
u:patients 1:-0.16 5:-0.2 13:-0.11
u:pay 2:-0.13 11:0.26
u:paying 1:0.11 4:0.17 11:-0.57 12:-0.12
u:payment 0:0.2
u:penny 4:0.27 5:-0.12 11:0.45 12:0.14 13:0.12
u:pension 2:-0.14
u:pensions 2:0.12
u:people 1:0.19 3:-0.11 7:-0.17 8:0.19 9:-0.17 10:-0.13 12:0.18
u:peoples 3:0.1
u:perfect 5:0.43 12:0.38
u:perfectly 5:0.29 12:0.16
u:permits 4:-0.13
u:pero 0:0.11 7:-0.1
u:person 7:-0.12 8:0.14 9:-0.14 13:-0.19
u:pet 2:0.16 9:-0.11
u:pharmacist 0:-0.13 2:0.49 5:-0.16 9:0.34 12:0.14
u:pharmacy 0:0.28 5:-0.18
u:phone 0:0.18 1:0.23 2:0.13 3:-0.2 5:-0.22 6:0.17 7:0.13 8:-0.31 9:-0.2 11:-0.14 12:-0.28 13:-0.18
u:phoned 9:0.14 13:0.13
u:phones 0:0.16 7:-0.17
u:photo 6:0.18 13:0.19
u:photographer 12:0.12
u:photos 5:0.32 12:0.31 13:0.13
u:physio 1:-0.12 5:0.27 12:0.22
u:picked 2:0.18
u:picture 12:0.12
u:pie 5:0.12
u:pilot 6:0.15
u:pint 5:0.11 12:-0.21
u:pipe 5:0.14 12:-0.11
u:piping 0:0.13 7:0.17
u:pizza 1:-0.1 5:0.23
u:place 0:-0.11 2:0.15 3:0.37 6:-0.19 8:0.27 9:0.21 11:0.43
u:plain 6:0.13 13:0.16
u:planned 5:0.1 7:-0.12
u:plaster 3:0.15 10:0.16
u:plasterer 11:0.12
u:plastic 5:0.14
u:play 11:0.12
u:pleasant 5:0.13 7:0.12
u:please 5:-0.11
u:plumber 7:-0.12
u:pm 0:0.24 1:-0.15 12:-0.11 13:-0.21
u:point 4:0.11 5:0.1 11:-0.1
u:pointed 1:0.11 9:0.15
u:pointing 11:-0.18
u:policy 2:0.21
u:polite 0:0.17 1:0.39 8:0.22
u:pool 0:-0.1 3:0.28 5:0.39 6:0.1 13:-0.11
u:popped 0:-0.11
u:portions 4:0.2
u:positive 1:0.12 2:0.12 9:0.15
u:post 0:0.14 8:0.14 12:0.12
u:postage 4:0.17
u:posted 0:-0.16
u:pothole 0:0.11
u:potholes 0:0.17 7:-0.13
u:pounds 4:0.15
u:ppl 11:0.11
u:practice 5:-0.14
u:praised 0:0.16 2:0.12 3:0.18 5:0.16 8:0.11 13:0.1
u:premium 5:0.11 11:-0.13 12:-0.12
u:prescription 2:0.21 5:-0.23 9:-0.24
u:pressure 2:0.1
u:previous 3:0.1
u:price 0:-0.11 1:-0.19 3:-0.11 4:0.51 7:0.24 12:0.19
u:priceless 1:-0.1
u:prices 1:0.13 4:0.51 5:-0.15 7:-0.13
u:pricey 4:0.21 11:-0.17
u:pricier 11:0.12
u:print 4:0.15
u:printing 1:0.1 7:-0.18
u:private 0:0.17 2:0.12 4:0.13 5:-0.15 11:0.12
u:prix 4:0.18 11:0.29
u:problem 2:0.24 7:0.11 9:0.2 13:-0.18
u:process 5:0.13 6:0.11 12:-0.16 13:0.12
u:product 2:0.14 9:0.14
u:products 1:0.11
u:professional 3:-0.11 11:-0.16
u:promised 0:0.14 1:-0.12 4:-0.15 6:0.2 12:0.16
u:proper 0:-0.14 6:-0.16 8:-0.28 9:0.3 10:0.1 12:0.31
u:properly 0:-0.1 9:0.14 12:0.17 13:0.22
u:propre 11:0.12
u:provider 0:0.11
u:pt 2:0.15 9:0.13 11:-0.1
u:pub 8:0.13 10:0.1
u:public 0:-0.13 12:-0.11
u:puddle 3:-0.16 5:0.17 12:-0.2
u:pulled 8:-0.11 13:-0.13
u:pushy 1:0.13 8:-0.12
u:put 10:0.14 11:-0.16
u:qr 13:-0.11
u:quality 4:-0.11
u:question 5:-0.12
u:questions 13:0.14
u:queue 0:0.81 2:-0.16 4:-0.11 5:-0.19 7:-0.44 8:0.16 12:0.13
u:queues 0:0.17
u:queuing 0:0.23 6:-0.12 12:-0.11
u:quick 0:0.52 1:-0.15 4:-0.13 5:-0.29 6:-0.16 7:0.35 9:0.18 10:0.19 12:0.16
u:quickly 0:-0.17 5:0.13 12:-0.1
u:quid 4:0.15 11:-0.12 12:-0.1
u:quiet 8:0.11 12:0.13
u:quite 11:0.15
u:quote 4:0.32 6:0.22 11:0.15
u:quoted 0:0.12 4:0.25 7:0.17 9:0.22 11:0.25 12:0.15
u:r 12:0.12
u:rail 2:0.12
u:raised 0:0.14
u:rammed 7:-0.11
u:ramp 7:-0.15
u:ran 0:0.13 2:-0.11
u:rang 0:0.2 5:-0.25 6:0.14 7:0.11 12:-0.13 13:0.41
u:rank 10:-0.11 12:-0.11
u:rarely 0:0.12 5:0.13 13:-0.21
u:rash 2:0.11
u:rate 4:0.25 6:0.16 10:-0.15 12:0.15 13:-0.16
u:rated 5:0.13
u:rather 13:0.15
u:rattle 9:0.13
u:rave 5:0.16
u:ray 0:-0.18 9:-0.11
u:rd 0:0.11 13:-0.11
u:read 2:0.11 6:0.14 9:-0.31
u:reading 1:-0.11
u:ready 1:-0.14 2:-0.21 6:0.26 7:0.27
u:real 8:-0.13 11:-0.24
u:really 2:0.29 3:-0.12 8:0.16 11:-0.15 12:0.16
u:reason 2:-0.12 11:0.16
u:reasonable 4:0.22 11:0.35
u:reassuring 2:0.15 9:-0.24
u:received 6:0.1
u:reception 1:0.13 6:0.2 8:-0.17
u:receptionist 1:0.42 4:-0.1 5:-0.21 8:-0.39
u:receptionists 1:0.11
u:recognition 2:0.1
u:recommend 11:0.18
u:recommended 2:0.33 5:0.1 9:0.13 12:0.1
u:record 3:-0.17 5:0.1 7:-0.15
u:red 1:-0.1 12:0.15
u:refund 0:0.34 4:-0.13 5:-0.22 6:0.15
u:refunded 11:0.11
u:regularly 0:0.14 7:-0.11 8:0.11
u:regulars 1:0.11 6:-0.11 8:-0.19 11:-0.12
u:relief 12:0.12
u:remember 12:0.15
u:remembers 0:0.1
u:reminders 1:-0.1
u:removal 5:0.13 8:0.19
u:renewal 4:0.17
u:rent 11:-0.13
u:rep 1:0.12 8:-0.16
u:repair 5:0.1 6:0.1 7:0.21
u:repairs 6:0.14 12:0.11
u:repay 7:0.19
u:repeat 5:-0.16
u:repeatedly 4:-0.12 7:-0.11 13:-0.11
u:replaced 5:0.29 12:-0.15 13:0.15
u:replacement 5:0.14 6:0.17 7:0.11 12:-0.16 13:0.24
u:replacing 9:0.12
u:replied 0:0.16 5:0.12
u:replies 13:-0.1
u:reply 0:-0.19 6:0.23
u:report 5:0.1
u:reported 0:0.49 2:-0.13 12:-0.11 13:-0.16
u:reports 7:-0.18
u:requested 7:-0.15
u:reserved 7:-0.11
u:residents 0:-0.12 5:0.12
u:response 8:-0.12
u:restaurant 1:-0.11 12:-0.16
u:results 7:-0.12
u:return 6:-0.11
u:returned 12:0.11
u:returns 12:-0.13
u:reviews 12:0.19
u:rewiring 9:0.13
u:rhyme 5:0.1
u:rice 0:0.11 12:-0.12
u:right 1:-0.14 2:0.18 9:0.11
u:ring 0:-0.17 6:0.35 12:-0.33 13:-0.24
u:ringing 0:0.13 6:0.1
u:rip 4:0.12 11:-0.15
u:rise 6:0.1
u:risotto 12:0.1
u:road 0:0.13 1:-0.25 3:-0.14 5:0.11 6:-0.15 7:-0.15
u:roast 5:0.11 11:-0.1
u:robbery 0:-0.14 4:0.13 11:-0.14
u:robot 7:0.11
u:rock 5:0.16
u:roll 3:0.15 12:-0.16
u:rolled 0:-0.1
u:roof 9:0.12
u:room 0:-0.23 3:0.14 5:-0.11 8:0.16 9:0.11 12:-0.19
u:rooms 3:0.51
u:rota 1:-0.15 2:-0.11 5:-0.15 6:-0.16
u:rough 5:0.19 12:-0.22
u:round 0:0.35 5:-0.2 9:-0.12 10:-0.11 11:0.28 12:0.11
u:route 11:-0.12
u:router 6:0.13 11:-0.12
u:rubbery 8:0.14
u:rubbish 0:-0.18 1:-0.11 5:0.31 12:-0.14
u:rubble 3:0.12
u:rubish 5:0.17
u:rude 0:0.11 1:0.57 2:-0.13 5:-0.27 6:-0.13 7:-0.11 8:-0.53
u:rules 1:-0.11 2:0.12
u:run 8:0.11
u:running 5:0.28 6:0.3 7:-0.14 12:-0.25
u:rushed 0:-0.25 1:0.16 8:-0.21 13:-0.18
u:sadly 12:-0.11
u:safe 2:0.24 5:0.14
u:said 0:0.11 1:0.18 2:0.32 4:0.12 5:-0.13 6:0.35 7:0.23 9:-0.22 11:0.15 12:-0.1 13:-0.19
u:salesman 1:0.15 8:-0.3
u:salon 5:-0.12
u:same 7:-0.12 8:0.1 10:-0.14 12:-0.18
u:sandwich 11:0.15
u:sandwiches 5:0.12
u:sat 5:0.15 6:0.2 13:-0.18
u:saturday 0:0.19 2:-0.11 5:-0.13 6:-0.16 7:-0.13
u:saturdays 6:0.12 7:-0.11
u:saved 1:-0.13 2:0.37 6:-0.13 9:0.35 11:0.21
u:saw 8:0.15
u:say 0:-0.14 2:-0.25 3:0.17 4:-0.22 6:0.16 7:0.11 8:0.15 10:0.15 13:0.16
u:saying 0:0.15 2:-0.12 3:0.15 6:0.2 7:-0.14 12:-0.12 13:-0.39
u:says 2:0.24 5:0.16 9:-0.23 12:-0.16
u:scan 0:0.1
u:scanners 6:0.17
u:science 5:0.12
u:scone 12:-0.12
u:scratch 5:0.12
u:screen 5:0.32 7:0.13 12:-0.1
u:screens 6:0.14
u:sea 7:0.11
u:seat 2:-0.11 3:0.25 5:0.22
u:seats 5:0.11 11:0.22 12:0.12
u:second 2:0.16 6:-0.19 9:-0.14
u:seconds 0:0.22 7:0.12
u:section 3:0.11
u:security 5:-0.1
u:see 6:0.12 7:-0.11 8:-0.12 10:-0.17
u:seed 12:0.15
u:seemed 8:-0.16
u:seen 0:0.16 7:0.17 8:-0.13 9:-0.12 10:0.14
u:sehr 0:0.15
u:self 0:0.25 1:-0.11 5:-0.22
u:sell 5:0.1 6:-0.1 9:-0.14
u:semi 5:0.1
u:sending 6:0.11
u:sent 1:-0.16 3:-0.23 6:0.4
u:served 5:0.12
u:service 2:-0.11 3:-0.16 4:0.25 5:-0.16 7:-0.21 8:0.12 11:-0.18 12:0.15 13:-0.19
u:serving 7:-0.11 8:-0.16
u:session 1:-0.11 2:0.2 9:0.23
u:sessions 5:0.16 12:0.13
u:set 1:-0.1
u:seven 0:0.19 7:-0.2 11:-0.1 13:-0.13
u:several 3:0.12 4:0.2 5:0.21 8:0.16 9:0.24 10:0.11 11:-0.28
u:shading 12:-0.15
u:shame 0:0.14 1:0.12 5:0.1 7:-0.12
u:she 1:0.2 2:0.3 6:0.12 7:0.19 8:0.12 12:0.17 13:0.22
u:shelf 2:0.11
u:shelves 3:0.12
u:shes 5:0.11 11:0.17
u:shift 0:-0.15 1:-0.17 6:-0.13
u:shine 12:-0.19
u:shirt 12:-0.19
u:shocking 5:-0.11 13:0.18
u:shoes 5:0.13
u:shop 0:-0.17 1:-0.24 2:0.33 3:0.14 4:0.13 8:0.12 9:-0.16
u:short 0:0.19 8:-0.11 12:0.12
u:should 1:-0.16 5:-0.14 6:0.1 9:-0.19 13:-0.11
u:showed 0:-0.2 4:-0.17 6:0.23 9:0.2 13:0.12
u:shower 0:0.11
u:showers 10:-0.12
u:showing 6:0.11
u:shrugged 1:0.13 8:-0.18 12:-0.14
u:side 5:0.25 6:0.11
u:sighed 1:0.11 8:-0.13
u:sign 5:0.1
u:signs 6:-0.12
u:since 0:0.3 1:-0.15 5:0.12 7:0.34 10:0.14
u:single 4:-0.11 9:0.1 10:-0.24
u:sink 11:-0.12
u:six 5:0.26 7:-0.2
u:size 5:0.14
u:skimmed 5:0.1
u:skin 11:0.21 12:-0.11
u:skirting 5:0.11 10:0.13 11:-0.16
u:sleeping 5:0.12
u:sleeve 10:-0.14 12:0.1
u:slept 5:0.1
u:slice 12:-0.16
u:slot 0:0.18 7:0.15
u:slots 0:0.12 13:0.13
u:slow 0:0.4 6:-0.18 7:-0.18 11:0.11
u:slowly 13:0.13
u:small 1:0.16 4:0.19 8:0.11 11:-0.15
u:smart 12:-0.13
u:smell 3:0.31 10:-0.11
u:smelled 5:-0.12
u:smelling 5:0.11
u:smells 3:0.32 5:-0.16
u:smelt 3:0.16 5:-0.15
u:smile 8:-0.11
u:smiles 8:-0.11
u:snapped 4:-0.16 5:0.22 12:-0.17
u:so 0:-0.14 1:-0.13 2:-0.16 3:-0.23 6:0.24 7:-0.24 8:0.13 9:-0.15 10:-0.26 12:-0.11
u:soaked 5:0.13 12:-0.16
u:socket 0:-0.11
u:sofa 1:0.1 3:0.15
u:soggy 5:0.15 12:-0.18
u:sold 2:0.17 5:0.22
u:solicitor 9:-0.11
u:solid 3:0.12 12:0.13
u:some 2:0.14 8:-0.2
u:someone 1:-0.18 2:0.2 3:0.34 9:-0.27 10:-0.17
u:somewhere 8:-0.11
u:son 0:-0.12 1:0.16 12:0.12
u:sons 9:0.11
u:soon 12:-0.12
u:sore 0:-0.14 1:-0.14 5:0.19
u:sort 1:0.2
u:sorted 0:0.24 2:0.13 7:0.17 9:0.2
u:sound 1:0.34 3:-0.13 7:0.18 8:0.24 12:0.25
u:sourdough 5:0.15
u:spa 4:0.13
u:spain 4:0.11
u:speak 0:-0.16 6:0.18 9:0.22
u:spec 6:-0.11
u:specialist 2:0.13 9:-0.13
u:specs 12:0.16
u:speed 5:0.2
u:speeds 5:0.17 12:0.16
u:speedy 0:0.16
u:spending 0:0.11 7:-0.15
u:spent 0:-0.13 1:0.15 6:-0.14 7:-0.21 8:0.24
u:split 8:-0.11 12:-0.18
u:spoke 1:0.18
u:spoken 0:-0.1 1:0.11
u:spot 2:0.11 6:0.13 9:0.19
u:spotless 1:-0.2 3:0.57 9:0.14 10:0.86
u:spotted 2:0.16 4:0.12 5:-0.15 6:-0.13 9:0.31
u:spotting 2:0.1
u:spring 5:0.12
u:squat 1:-0.12
u:squeezed 6:-0.16
u:st 5:-0.12
u:staff 1:0.73 2:0.27 3:-0.19 4:-0.24 5:-0.1 6:-0.5 8:0.13 9:-0.16 11:-0.21 12:0.16
u:staffed 0:0.17
u:stage 13:0.17
u:stale 5:0.2 12:-0.12
u:stand 0:0.11
u:standing 6:0.14
u:stank 10:-0.11
u:star 1:0.11 13:0.11
u:stars 5:0.13 12:0.17
u:start 0:0.21 2:-0.11 6:0.11
u:started 2:-0.16 3:0.34 7:-0.26 12:-0.14 13:0.24
u:starters 2:0.1 9:-0.11
u:starting 7:-0.12
u:state 10:-0.17
u:statement 1:0.12 2:-0.12
u:statements 13:-0.13
u:station 3:0.13 11:0.13
u:stay 1:0.12
u:stayed 5:0.19
u:staying 0:0.11
u:steak 5:0.13
u:steal 11:-0.13
u:steep 6:-0.13 11:0.15
u:steered 5:0.13 11:0.14
u:steering 3:0.11
u:stellar 10:-0.13
u:step 6:0.27 13:0.28
u:sticky 3:0.31 10:-0.32 12:0.16
u:still 3:-0.16 4:0.11 5:0.18 7:-0.2 9:-0.31 11:-0.19 12:-0.21 13:-0.44
u:stock 2:0.12 9:-0.12
u:stone 7:-0.13
u:stood 0:0.23 2:-0.12 8:-0.13
u:stop 4:-0.11
u:stopped 6:0.18 9:0.15 10:0.19 12:-0.23 13:0.3
u:store 6:-0.13 8:-0.14 12:-0.22
u:stories 12:0.12
u:story 0:0.11 12:0.22
u:straight 2:0.14 7:0.17 9:0.23 10:-0.11 11:0.12 13:0.2
u:street 11:-0.12 12:-0.12
u:streetlight 0:0.25 5:-0.16 7:-0.25
u:strength 2:0.1
u:stress 2:0.14
u:stuck 10:-0.28
u:students 2:0.11 11:-0.11
u:stuff 2:0.35 8:-0.11 9:0.31 13:-0.13
u:stunning 5:0.18 12:0.19
u:stylist 1:0.13 5:0.13
u:such 1:0.13 5:-0.13
u:summary 0:-0.1 1:-0.1 13:0.13
u:summed 8:0.11
u:sunday 5:0.12 11:-0.14
u:super 5:0.24 12:0.29
u:superb 7:0.24
u:supplier 7:0.12
u:support 9:-0.14
u:sure 0:-0.19
u:surgery 0:0.23 2:0.1 3:0.23 5:-0.17 7:0.18 8:-0.19 9:0.13 10:0.24
u:surprised 10:0.14
u:surveyor 2:0.14
u:swapped 6:0.14 13:0.15
u:swept 3:0.33 10:0.27 12:0.16
u:swim 11:0.24
u:swimming 11:0.11
u:switch 7:0.11
u:switched 5:-0.13
u:sympa 4:0.11
u:symptoms 9:-0.16
u:system 5:-0.14 6:-0.12 11:0.15
u:ta 7:0.12 10:0.3 12:0.11
u:table 1:0.14 3:0.13 7:0.12 10:-0.19 12:0.1
u:tables 3:0.21 10:-0.11
u:tablets 2:0.35 7:0.21 9:-0.17 13:0.11
u:tag 1:-0.11
u:take 0:0.22 7:-0.16 9:0.19
u:takeaway 4:0.12
u:taken 12:0.1
u:takes 7:-0.1
u:taking 0:0.1 7:-0.14
u:talk 8:-0.16
u:talked 1:0.24 8:-0.25 9:0.19 13:0.22
u:talking 6:-0.13 7:0.14 13:-0.16
u:tap 5:0.21 7:-0.1 12:-0.18
u:taste 5:0.36 12:-0.31
u:tasted 5:0.16 12:-0.11
u:tasty 5:0.17 8:-0.11 12:0.12
u:tax 0:-0.14 2:0.15
u:tbh 0:-0.16 5:0.16 12:-0.19
u:tea 0:0.13
u:teacher 0:-0.12 6:0.17
u:team 1:0.18 4:-0.12 7:0.19 8:0.17 10:0.11
u:tell 0:-0.14 2:0.17 4:0.18 5:-0.11 6:0.11 11:0.18
u:telling 6:0.21 12:-0.24 13:0.14
u:tells 6:0.2
u:ten 0:0.12 5:-0.13 7:0.3 10:0.1 11:-0.12 13:0.13
u:tenner 11:0.3
u:term 0:-0.12
u:terms 0:0.11 5:-0.11 7:-0.12
u:test 1:0.12 2:0.1 4:0.11 9:0.14
u:text 0:-0.28 1:-0.12 2:-0.19 3:-0.13 5:-0.17 6:0.65 7:0.12 13:0.46
u:texted 6:0.11 12:-0.1 13:0.17
u:texts 6:0.28
u:th 0:0.17 13:-0.13
u:than 3:0.11 4:0.12 6:-0.2 7:0.15 8:0.11 9:0.2 10:0.31 12:0.48
u:thank 0:-0.15 8:0.12 12:0.12 13:0.11
u:thanks 5:-0.13 8:-0.13 13:-0.33
u:that 2:0.15 5:0.19 6:0.16 7:-0.16 8:0.19 11:-0.27
u:thats 6:-0.23 7:0.12 13:-0.12
u:the 0:-0.34 1:-0.1 2:0.12 3:-0.11 4:-0.15 5:0.15 8:0.26 13:0.11
u:their 1:0.3 2:-0.21 4:-0.14 5:-0.16 6:0.23 8:-0.2 9:0.24 11:0.14 13:0.27
u:them 0:-0.17 1:0.21 2:-0.13 3:0.12 5:0.15 6:0.17 11:0.1 13:0.14
u:themselves 5:0.16
u:then 2:-0.12 3:0.17 5:-0.12 6:0.36 7:-0.13 8:0.11 9:-0.23 10:-0.11 11:-0.24 13:-0.35
u:there 0:0.36 3:0.13 5:-0.14 7:-0.18 9:0.12 10:-0.21 13:-0.19
u:theres 0:-0.12 2:0.11 5:0.17 12:-0.25
u:these 12:0.12
u:they 0:0.11 2:-0.16 6:0.34 8:0.1 9:-0.38 11:0.28 13:0.17
u:theyd 9:0.11 11:-0.12 13:0.11
u:theyre 1:0.12 4:0.13 6:-0.1 10:-0.1
u:theyve 1:-0.15
u:thing 11:-0.13 12:0.17
u:think 4:0.16
u:thinking 1:-0.12
u:third 0:-0.13 5:0.13 9:-0.19 12:-0.13
u:this 0:-0.2 2:-0.11 3:-0.1 5:-0.13 7:0.24 11:0.23
u:tho 1:0.12 8:0.17
u:thorough 1:-0.13
u:those 5:0.12
u:though 0:0.41 1:0.29 4:0.17 6:-0.12 7:-0.13 8:0.22 10:-0.14 11:-0.21 12:0.12 13:-0.16
u:thought 3:0.11 5:0.14 11:0.12 12:0.11
u:three 2:0.13 5:0.23 7:-0.41 8:-0.15 9:-0.21 10:-0.1 12:-0.3 13:-0.25
u:thrilled 12:0.12
u:through 0:0.16 6:0.15 9:0.2 10:-0.12 13:0.43
u:throw 12:-0.14
u:thursday 0:0.13 7:-0.33
u:thyroid 2:0.14 9:0.12
u:ticket 0:0.18 2:0.12 6:-0.17 7:-0.18
u:tickets 12:0.12
u:tidy 3:0.21 10:0.28
u:tiles 9:0.12
u:till 0:0.15 2:-0.19 5:-0.15 7:-0.18 12:0.15
u:tills 0:0.18 1:0.16 7:-0.11
u:time 1:0.3 3:-0.28 6:0.1 11:-0.12 13:0.13
u:times 0:0.11 4:-0.11 6:0.13 7:-0.13 8:-0.17 9:-0.2 12:-0.18 13:-0.35
u:tiny 12:-0.1
u:tip 3:0.3 5:-0.16 8:0.12 10:-0.24
u:tipping 0:0.13
u:to 1:0.18 3:-0.17 8:-0.42 10:-0.18 12:0.13 13:-0.13
u:toast 11:-0.14
u:today 0:0.16 2:-0.12 6:-0.12 12:0.17
u:toilet 3:0.15 10:-0.12
u:toilets 0:-0.36 1:-0.1 2:-0.18 3:0.8 4:-0.11 5:-0.11 6:-0.12 10:-0.22 11:-0.1
u:told 0:-0.29 1:-0.11 2:0.72 3:-0.15 4:-0.22 6:-0.11 7:-0.16 9:-0.47 13:-0.42
u:tomorrow 1:0.1
u:too 1:0.24 4:0.12 5:0.38
u:took 0:0.51 1:0.19 4:-0.25 6:-0.11 7:-0.19 8:0.36 11:0.14 13:-0.1
u:top 1:-0.11 6:0.24 9:0.12 11:-0.18
u:totally 8:-0.13
u:touch 5:-0.1
u:towel 10:-0.18
u:town 1:0.15 4:0.23 12:0.17
u:tracker 6:0.15
u:tracking 1:-0.13 6:0.33 12:-0.12
u:trade 2:0.1 11:0.1
u:train 5:-0.11 6:0.34 11:-0.24
u:training 0:-0.22 2:0.23 5:-0.11 6:-0.21 9:0.17
u:travel 2:0.11
u:treat 1:0.11 2:0.2 8:-0.14 10:0.11
u:treated 8:0.11
u:treatments 5:0.12
u:tried 5:0.2
u:trim 5:0.31 12:0.17
u:trolley 3:0.11
u:trolleys 1:-0.14
u:trop 11:-0.16
u:trust 2:0.1
u:trying 3:0.11 8:-0.13
u:très 4:0.25 11:0.14
u:tuesday 2:-0.1 12:0.16
u:turn 0:-0.14 2:0.17 6:0.13 9:-0.18
u:turned 0:0.39 4:0.12 5:-0.1 11:0.17
u:turns 0:0.15
u:tv 0:-0.11
u:twenty 0:0.2 2:0.1 3:-0.1 5:0.14 6:-0.1 12:0.18
u:twice 1:0.13 2:-0.13 6:0.14 7:-0.11 11:-0.12 12:-0.26
u:two 0:0.26 2:0.28 3:-0.26 5:0.2 7:-0.24 11:0.15 12:-0.14
u:tyre 2:0.22 7:0.2 11:0.13
u:tyres 2:0.14
u:under 0:-0.14 2:-0.13 3:0.21 7:0.32 8:-0.16 10:-0.1 11:0.2
u:understand 6:0.23 13:0.12
u:understanding 1:-0.13
u:understands 2:0.22 11:-0.1
u:understood 6:0.19 13:0.28
u:uneven 8:-0.15
u:unfriendly 12:0.1
u:uniforms 5:-0.11
u:unit 5:-0.14
u:unreal 5:0.18 11:0.32 12:0.13
u:until 6:0.28 12:-0.12 13:-0.13
u:up 0:0.19 3:0.15 5:-0.13 7:-0.29 10:0.56 11:-0.23 13:-0.18
u:update 0:-0.11 6:0.13
u:updated 6:0.21 12:0.16 13:0.35
u:updates 6:0.15 13:0.11
u:upgrade 5:0.14
u:us 3:-0.23 5:-0.12 13:0.1
u:use 2:0.39 9:0.14
u:used 4:0.1 6:-0.11 7:0.12 10:-0.12
u:useless 5:0.11 12:-0.14
u:using 2:0.18
u:valet 3:0.27 11:0.22
u:value 4:0.46 5:-0.23 11:0.51
u:valued 7:-0.12 11:0.13
u:varifocals 5:0.13
u:venue 6:0.15
u:very 8:0.32 9:0.19 10:0.19 11:-0.22 13:-0.11
u:vet 0:-0.13 1:0.17 2:0.13 5:-0.1 8:0.16 11:-0.1 12:0.13 13:0.18
u:vets 5:-0.16
u:video 6:0.11
u:view 3:-0.14 12:-0.1
u:visit 12:-0.19
u:visitors 12:0.15
u:visits 2:0.2 7:0.22 9:-0.18 12:0.14
u:vivaldi 0:0.17 7:-0.14
u:voicemails 0:-0.13
u:voucher 4:0.14 11:0.11
u:wait 0:0.43 3:-0.1 4:-0.13 5:0.28 7:-0.21 8:0.23 12:0.31
u:waited 0:0.41 1:0.18 7:-0.17 8:0.21 11:0.2 12:0.19
u:waiter 1:0.36 5:0.2 10:-0.13
u:waitin 6:0.15
u:waiting 1:-0.27 3:0.2 4:-0.17 5:-0.33 8:-0.1 13:-0.17
u:waits 5:0.16
u:waived 11:0.12
u:walk 7:-0.17 11:-0.16
u:walked 1:0.19 5:-0.15 7:0.13
u:walker 6:0.1
u:walking 0:0.15
u:want 0:0.13
u:wanted 2:-0.11 6:0.13 11:0.1
u:wants 0:-0.12
u:warden 1:0.19 8:-0.13
u:warm 5:0.19 12:-0.19
u:warmer 1:0.11
u:warned 2:0.13 11:0.12
u:warning 12:-0.14
u:warranty 9:-0.14
u:was 1:0.36 5:0.2 6:0.12 11:0.15 12:-0.36
u:wash 5:0.14
u:washing 0:-0.15 2:0.11 3:0.13 5:-0.14
u:wasnt 0:0.2 1:0.14 6:0.15 8:-0.23 9:-0.1 12:-0.12 13:-0.13
u:waste 4:-0.11 11:-0.12 12:-0.18
u:water 12:-0.16
u:watering 1:0.1
u:way 5:-0.14 10:0.1 11:-0.2
u:we 1:0.11 2:-0.12 4:0.24 6:0.21 10:0.21 11:-0.33 12:0.14
u:website 5:-0.11 9:-0.13
u:wedding 0:-0.14 1:0.12 5:0.33 6:0.35 12:0.2
u:wednesday 7:0.11 12:0.11
u:wee 10:-0.11
u:week 0:0.37 4:-0.13 5:0.18 10:-0.12 11:-0.23 12:-0.12 13:-0.22
u:weekend 2:-0.11 5:0.11 8:-0.11 12:-0.13
u:weekly 13:0.1
u:weeks 0:0.5 1:-0.21 4:-0.11 6:0.13 7:-0.58 9:-0.25 12:0.24 13:-0.14
u:welcome 1:0.17 8:0.11
u:welcoming 8:-0.31
u:well 0:-0.11 4:0.18 5:0.13 9:0.11 12:0.32 13:0.12
u:went 1:-0.15 4:-0.31 7:-0.18 9:-0.13 10:-0.15 11:-0.13 12:-0.2
u:were 1:0.14 3:0.29 4:0.16 7:-0.14 9:-0.12
u:werent 6:0.16 12:-0.16
u:wet 3:0.18 10:-0.16
u:weve 0:-0.1 7:-0.1 10:-0.14 12:0.18 13:-0.12
u:what 1:-0.14 4:0.22 5:0.15 6:0.23 8:0.22 13:0.49
u:wheel 3:0.11
u:wheelchair 8:0.12
u:wheels 5:0.12 7:-0.15 13:-0.13
u:when 1:0.28 4:0.18 6:0.11 7:0.11 8:-0.18 9:-0.14 11:-0.38 12:-0.35
u:where 2:-0.12 6:0.29 7:0.18 11:0.15 13:0.3
u:whether 0:-0.16 1:-0.26 2:0.26 5:-0.14 9:-0.19
u:which 0:-0.16 1:-0.23 2:0.3 3:0.11 4:0.16 5:-0.14 7:0.11 8:0.26 10:0.34 12:0.16 13:0.31
u:while 0:0.23 1:0.23 7:0.17 8:-0.13 11:0.16 13:0.11
u:white 5:0.12
u:whitening 5:0.16 11:-0.12 12:-0.18
u:who 1:0.3 2:0.18 6:-0.13 7:-0.11 8:0.15 9:-0.16 10:-0.24 12:0.32 13:-0.12
u:whoever 10:0.11
u:whole 1:0.11 3:-0.1 8:-0.19 12:-0.14
u:whos 6:-0.1 11:0.15
u:why 0:0.35 4:-0.15 5:-0.16 6:0.32 7:-0.11 8:0.12
u:wide 8:-0.21
u:wifi 0:-0.13 1:-0.1 4:-0.14 5:0.54 6:-0.19 9:-0.12 12:-0.18
u:will 2:-0.18 5:-0.15 6:0.12
u:window 0:0.14
u:windows 9:-0.11 10:0.13
u:wine 1:-0.1 5:0.22 11:0.14 12:0.31
u:winters 12:0.15
u:wipe 3:0.11
u:wiped 3:0.17
u:wish 13:-0.13
u:with 1:0.53 2:-0.12 3:0.14 6:0.21 7:-0.24 8:0.17 11:-0.27 13:0.14
u:within 0:0.26 5:0.18 6:0.19 7:0.58 12:-0.18 13:0.22
u:without 2:0.24 3:-0.11 4:0.12 5:0.21 6:0.31 7:0.25 8:0.24 11:-0.12 12:-0.28
u:woman 1:0.36 6:-0.18
u:wont 1:-0.1 3:-0.12 4:0.14 5:0.27 9:-0.11 12:-0.26
u:work 0:-0.15 1:-0.13 2:0.13 5:0.13 6:0.16 8:-0.12 12:0.22
u:worked 2:0.33 3:0.12 9:0.12 12:0.2
u:working 0:0.21 4:-0.17 12:-0.12
u:works 9:-0.16 10:0.12
u:worn 2:0.1 6:0.18 9:0.16 13:0.15
u:worth 0:-0.1 3:-0.21 4:0.39 5:0.18 11:0.37 12:0.41 13:0.11
u:would 1:-0.32 4:-0.15 5:-0.14 6:0.11 7:0.14 8:0.1 11:0.12 12:0.14 13:-0.12
u:wouldnt 1:0.13 8:-0.24 12:-0.13 13:-0.19
u:wow 7:-0.12
u:wrapped 12:0.3
u:written 6:0.26
u:wrong 0:-0.12 2:0.9 3:-0.11 5:-0.16 6:-0.2 7:-0.1 9:-0.33 12:-0.2
u:wrote 6:0.13
u:x 0:-0.14 8:0.13 9:-0.1
u:year 8:0.13 9:0.13 10:-0.15 11:-0.19 12:0.15
u:years 0:-0.12 2:0.14 4:0.11 11:0.15 12:0.14 13:0.13
u:yes 2:0.2 9:-0.26
u:yet 9:0.19
u:you 0:-0.15 10:0.27 13:0.24
u:younger 1:0.15 2:-0.17
u:your 3:0.11 6:-0.16 10:0.22 12:-0.11
u:youre 1:0.1 8:-0.2
u:zero 10:0.16
u:zip 5:0.12 12:-0.11
u:£ 0:-0.33 1:-0.16 3:-0.16 4:1.91 6:0.21 7:0.21 9:0.12 10:0.22 11:-0.56 12:-0.19 13:-0.25
u:était 11:0.12
u:€ 4:0.11 11:-0.15 12:0.11

"""#
}
