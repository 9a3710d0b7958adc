// Written by `make theme-model` (rapport themes train --swift): do not edit by hand.
extension ThemeModel {
    /// The text of the shipped model (plugins/feedback-aggregator/lexicon/theme-model.txt).
    public static let defaultText = #"""
# Rapport theme model: the learned reader of the feedback aggregator's theme tagger.
# Made by `rapport themes train`, from comments labelled by hand; do not edit the weights by hand.
# It adds a theme the lexicon did not tag when the probability that the comment judges it
# reaches `threshold` (plugins/feedback-aggregator/README.md, "The learned reader").
#
# Settings: `version`, `lexicon` (the lexicon version it was trained with), `threshold`,
# `themes` (in the order of the weights) and `trained-on`. After `weights`, each line is a
# feature and its weights that are not zero, as INDEX:WEIGHT: for N themes, index i < N weighs
# theme i being judged, index N + i theme i being praised, written with two decimals. The feature `bias` holds the
# intercepts. Features: `u:word`, `n:word` (a word a negation governs), `b:word_word`, `s:stem`,
# `author:customer|employee`, and per theme `lt:` (the lexicon tagged it), `le:` (judged below
# the threshold), `lp:`/`ln:` (its net leans to praise or complaint).

version 2026-12-07
lexicon 2026.12-10
threshold 0.5
themes waiting-time staff-attitude knowledge cleanliness price product-quality communication
trained-on 4153 comments: tuning.jsonl probe.jsonl probe2.jsonl probe3.jsonl probe4.jsonl probe6.jsonl probe7.jsonl probe8.jsonl probe11.jsonl probe13.jsonl probe14.jsonl probe16.jsonl probe18.jsonl probe19.jsonl probe21.jsonl probe22.jsonl probe23.jsonl

weights
bias 0:-2.59 1:-3.05 2:-2.92 3:-2.64 4:-2.9 5:-2.59 6:-3.11 7:-0.21 8:-0.21 9:-0.57 10:-0.06 11:-0.21 12:-0.06 13:-0.46
author:customer 0:-0.99 1:-1.01 2:-1.43 3:-1.23 4:-1.19 5:-0.62 6:-1.15 8:-0.15 9:-0.18 10:-0.19 13:-0.24
author:employee 0:-1.32 1:-1.71 2:-1.17 3:-1.12 4:-1.4 5:-1.67 6:-1.63 7:-0.11 9:-0.12 10:0.15 11:-0.17
b:%_off 5:0.13
b:10_mins 0:0.12
b:12_for 11:-0.18
b:20_mins 0:0.34 5:-0.12
b:20_minutes 7:0.12
b:24_hours 0:-0.2
b:2_days 0:0.16
b:2_for 6:0.14
b:2_hours 5:0.11
b:2_hrs 0:0.13
b:3_days 7:0.31
b:3_rd 12:-0.13
b:3_times 0:0.21 7:-0.17 9:-0.15
b:3_weeks 12:0.36
b:45_a 0:0.12
b:45_p 4:0.13 11:-0.19
b:4_a 0:0.2 7:-0.15
b:4_days 0:0.16 4:-0.17 7:-0.11
b:50_for 11:-0.14
b:50_minutes 0:0.16 7:-0.15
b:5_days 0:0.15
b:5_mins 5:0.11
b:60_on 4:0.11
b:65_to 4:0.13
b:6_pm 0:0.14
b:6_weeks 7:-0.18
b:7_am 13:-0.12
b:7_for 12:0.1
b:8_am 0:0.12 7:-0.12
b:95_for 5:0.11 11:-0.1
b:9_for 5:-0.11
b:9_pm 13:-0.12
b:a_bathroom 2:0.12 10:-0.15
b:a_big 1:-0.13
b:a_bin 12:0.25
b:a_bit 4:0.12 5:0.2 6:-0.13 8:-0.11 9:0.21
b:a_bob 5:0.11
b:a_book 0:0.13 4:-0.1
b:a_broadband 5:0.1
b:a_budget 11:0.18
b:a_button 1:0.11
b:a_call 0:-0.12 2:-0.11 6:0.12
b:a_cat 12:0.11
b:a_change 1:0.1
b:a_cheque 9:-0.1
b:a_chunk 12:-0.1
b:a_clean 0:-0.17
b:a_cloud 5:0.11 12:0.11
b:a_clue 2:0.22 6:-0.11 9:-0.17
b:a_clutch 3:0.11
b:a_coffee 0:0.13
b:a_collection 1:-0.11 3:0.12 12:0.12
b:a_couple 0:0.1 13:0.15
b:a_cut 12:-0.11
b:a_day 1:-0.15 3:0.14 5:0.14
b:a_diagnostic 5:-0.14
b:a_different 9:-0.13
b:a_dish 5:0.11
b:a_drop 12:0.13
b:a_e 0:0.22 7:-0.26
b:a_fault 7:0.15
b:a_few 5:0.11 12:-0.15
b:a_fiver 11:0.23
b:a_fortnight 0:0.11 5:0.2 7:0.13 12:-0.47
b:a_four 1:0.11
b:a_free 0:0.18 12:-0.12
b:a_friday 0:0.18 5:0.13 7:0.1 12:0.17
b:a_full 3:0.13 4:0.12 9:-0.11 11:0.24
b:a_gem 1:0.14 8:0.12
b:a_good 3:0.11 5:0.23
b:a_joke 11:-0.1
b:a_laugh 11:-0.11
b:a_loop 0:0.11
b:a_lot 1:0.24 5:0.12 6:0.11 8:0.14 9:0.12 12:0.14 13:-0.24
b:a_main 11:0.12
b:a_meal 12:0.1
b:a_minute 0:0.1
b:a_miracle 5:-0.1
b:a_month 1:-0.11 5:0.12 7:-0.12 12:-0.14
b:a_new 2:0.11 5:0.14 7:0.25
b:a_nightmare 0:-0.12 4:-0.11
b:a_no 4:0.13
b:a_note 13:0.12
b:a_one 6:0.14
b:a_penny 4:0.17 11:0.18
b:a_phone 1:0.12
b:a_photo 5:-0.15 6:0.22 13:0.13
b:a_pile 3:0.1
b:a_plaster 3:0.12
b:a_private 2:0.17 9:-0.11
b:a_problem 0:0.15 11:0.11
b:a_proper 1:0.11 2:-0.12 8:-0.36
b:a_puddle 3:-0.12
b:a_quick 0:-0.24 5:-0.11 12:0.14
b:a_quote 0:-0.11
b:a_real 8:-0.12
b:a_refund 6:0.11
b:a_replacement 0:0.13 6:0.15 7:0.1 13:0.17
b:a_safe 12:0.12
b:a_sandwich 5:-0.13
b:a_saturday 0:0.14
b:a_second 2:0.11 6:-0.14
b:a_service 2:0.12
b:a_session 2:0.1
b:a_single 0:-0.15 6:0.16
b:a_small 1:0.11 4:0.12
b:a_smile 8:-0.12
b:a_speck 10:0.1
b:a_spotless 3:-0.12 5:0.1
b:a_steal 4:0.13 11:-0.13
b:a_sticky 5:0.14
b:a_table 0:0.17 1:0.11
b:a_ten 13:0.12
b:a_text 5:-0.11 6:0.26
b:a_time 12:0.12
b:a_tip 3:0.33 10:-0.22
b:a_treat 5:0.11 10:0.19
b:a_trim 5:0.26 12:-0.14
b:a_two 4:0.15
b:a_voucher 4:0.12
b:a_water 1:-0.14
b:a_week 0:0.23 6:0.28
b:a_wet 3:0.11
b:a_wheelchair 8:0.1
b:a_word 1:0.11
b:a_year 0:0.12 1:-0.13 10:-0.15
b:a_young 5:0.12
b:a_£ 1:0.15
b:about_a 1:0.14 5:-0.14 6:-0.13
b:about_her 8:-0.15
b:about_it 5:0.12 6:0.12
b:about_my 0:-0.12 4:-0.1 5:-0.11 6:0.11 9:-0.1
b:about_our 0:0.1
b:about_price 6:0.11
b:about_the 4:-0.17 5:-0.26 6:0.17 7:-0.1 8:0.35 9:-0.13 10:0.14 13:-0.29
b:about_them 5:0.15 12:0.15
b:about_£ 9:0.1
b:absolute_gem 7:0.12 11:0.17
b:acted_like 1:0.25 8:-0.21
b:actually_hear 6:0.11 13:0.1
b:actually_listened 6:0.1
b:actually_said 1:0.11
b:advisers_at 2:0.12
b:after_a 1:-0.12 6:0.12 13:0.24
b:after_four 5:0.14
b:after_himself 3:0.11 5:0.17 7:0.11 12:0.22
b:after_i 0:0.18
b:after_id 0:0.11
b:after_one 5:0.11 12:-0.18
b:after_six 5:0.14
b:after_that 5:0.12
b:after_the 0:-0.28 4:0.13 5:-0.3 6:0.14
b:after_themselves 3:0.12
b:against_the 2:0.11
b:agent_was 0:0.13
b:agreed_the 5:0.1 6:0.12 8:0.12
b:all_day 1:0.17
b:all_over 3:0.16 5:-0.21 10:-0.13
b:all_smiles 8:-0.13
b:all_the 1:0.15 3:0.23 12:0.13
b:almost_everyone 10:0.14
b:always_a 5:-0.18 7:0.17
b:am_and 2:-0.11 13:-0.1
b:am_from 13:0.12
b:an_absolute 1:0.11 7:0.11 11:0.17
b:an_email 6:0.16
b:an_esim 2:0.11
b:an_expert 9:-0.14
b:an_hour 0:0.43 4:0.13 5:0.13 6:-0.25 9:0.11 11:-0.23 12:0.11
b:an_mot 4:0.11 11:0.1
b:an_update 13:0.11
b:and_3 7:-0.1
b:and_9 13:-0.12
b:and_a 3:0.46 4:0.2 6:-0.12 8:-0.17 9:0.14 10:-0.3 12:0.17
b:and_all 5:0.12
b:and_answered 0:0.11
b:and_ask 13:-0.14
b:and_came 5:0.16 9:0.12
b:and_chatted 8:0.17
b:and_checked 6:0.12
b:and_chips 5:0.11
b:and_clean 1:0.13 8:-0.12 12:-0.13
b:and_cleaned 5:0.18
b:and_customers 10:0.12
b:and_didnt 0:0.11 6:0.11
b:and_drove 5:0.16
b:and_easy 6:0.18
b:and_encouraging 5:0.11
b:and_explained 6:0.13 13:0.22
b:and_got 2:0.2 11:0.14
b:and_had 0:0.15 5:0.12 6:-0.15 12:0.12
b:and_half 5:0.1
b:and_has 2:0.12
b:and_he 7:0.17 12:-0.12
b:and_hes 5:0.12
b:and_how 2:-0.11
b:and_i 1:-0.25 2:0.3 6:-0.22 7:-0.14 9:-0.29 11:-0.32 13:-0.12
b:and_im 3:0.11
b:and_in 0:0.1 5:-0.12
b:and_it 0:0.18 1:-0.13 4:0.12 6:-0.11 7:0.12 11:0.15 13:-0.21
b:and_its 7:-0.13
b:and_knew 1:0.12
b:and_leaves 10:-0.15
b:and_left 5:-0.17
b:and_let 6:0.11
b:and_most 8:0.18 12:-0.1
b:and_my 8:-0.17
b:and_never 1:0.13 5:-0.13
b:and_no 0:0.13 1:-0.12 2:-0.17 6:0.15 13:-0.1
b:and_nobody 0:0.14 2:0.11 7:-0.13 11:-0.1 12:-0.2
b:and_not 4:-0.11
b:and_nothing 5:-0.1
b:and_now 5:0.12
b:and_one 0:-0.16 7:-0.11
b:and_out 0:0.15 5:-0.16 6:-0.11 7:0.12
b:and_overpriced 5:0.1 12:-0.21
b:and_paid 6:0.1
b:and_parents 5:0.1
b:and_put 5:0.14 12:0.14
b:and_really 2:0.11
b:and_said 8:-0.11
b:and_saved 2:0.18 9:0.12
b:and_sent 13:0.1
b:and_several 2:0.13 4:0.21 9:0.13 10:0.11 11:-0.17
b:and_she 5:0.32
b:and_still 5:-0.12
b:and_that 0:-0.14 1:0.1 5:-0.1 9:0.12 11:0.15
b:and_the 0:0.22 1:0.27 2:0.31 3:0.31 4:0.31 5:0.75 9:-0.21 11:0.1 13:-0.28
b:and_then 0:0.11 7:0.13 13:-0.13
b:and_there 5:0.1
b:and_theres 5:0.13 11:-0.1 12:-0.14
b:and_they 0:-0.15 1:-0.1 2:-0.12 8:0.11 10:0.23 12:0.25 13:0.11
b:and_told 9:0.26
b:and_took 0:-0.1 1:0.11 4:0.16
b:and_warm 12:-0.37
b:and_was 0:0.21
b:and_we 2:0.17 6:0.11 13:-0.13
b:and_went 10:-0.14
b:and_were 0:0.11 5:0.18
b:and_what 1:-0.11 6:0.15 13:0.14
b:and_when 5:0.16 8:-0.11
b:and_which 13:0.11
b:and_why 6:0.11 13:0.13
b:and_you 12:-0.17
b:another_when 1:-0.12
b:answered_the 8:0.13
b:any_more 2:0.16 6:-0.12
b:anywhere_else 11:0.11
b:apologetic_and 0:0.1 3:0.12 10:0.1
b:app_is 6:-0.2
b:app_now 12:0.13
b:app_said 6:0.15
b:app_to 5:0.11
b:app_was 13:-0.12
b:appointment_letter 13:-0.15
b:appreciate_the 1:-0.12
b:appreciated_finding 6:0.14
b:appreciated_the 1:0.11 13:-0.14
b:are_always 11:0.11
b:are_broken 5:0.12
b:are_double 5:0.15
b:are_fuming 7:-0.1
b:are_not 6:0.11
b:are_out 2:0.11
b:are_ready 13:0.12
b:are_thrilled 12:0.11
b:argue_with 4:0.15 11:0.22
b:arrived_in 0:0.15 13:0.1
b:arrived_with 12:-0.12
b:as_a 2:0.12 8:-0.19 12:0.16
b:as_cheap 12:-0.11
b:as_chips 11:0.15 12:-0.1
b:as_if 1:0.11
b:as_long 0:0.13
b:as_not 3:-0.1
b:as_promised 2:0.11
b:as_quoted 7:0.12
b:as_the 9:0.1
b:as_they 0:0.1
b:as_well 6:0.13
b:as_you 0:0.12
b:ask_about 2:0.28
b:ask_for 1:0.19 8:-0.14 13:0.11
b:ask_how 8:0.12
b:ask_me 9:-0.15
b:ask_us 13:-0.14
b:asked_about 1:-0.14 6:-0.13 11:0.13
b:asked_for 5:0.26 12:-0.1
b:asked_how 2:-0.11
b:asked_if 2:0.32 3:-0.12 6:-0.16
b:asked_the 0:-0.16 2:0.23
b:asked_what 1:0.15
b:asked_whether 1:-0.1
b:asked_why 4:-0.1
b:asking_for 11:0.1 13:0.1
b:asleep_on 1:0.11 8:-0.16
b:at_1 7:0.1
b:at_2 0:-0.11
b:at_3 7:0.11
b:at_6 0:0.12 6:0.14
b:at_7 0:0.2
b:at_8 0:0.13 7:-0.14
b:at_a 0:0.11 13:-0.1
b:at_all 4:-0.16 8:0.24
b:at_closing 5:-0.14
b:at_every 13:0.12
b:at_half 2:0.11
b:at_lunchtime 2:0.14 5:0.19 12:0.14
b:at_me 1:0.18 8:-0.16
b:at_my 4:0.11
b:at_our 5:0.2 12:-0.12
b:at_the 3:-0.14 5:-0.18 8:-0.14 12:0.15 13:-0.14
b:at_£ 4:0.13 5:0.11 12:0.13
b:b_b 5:0.11
b:back_because 0:-0.12
b:back_from 5:0.12 12:0.13
b:back_on 0:0.12 7:0.11
b:back_seat 3:0.1
b:back_that 11:-0.11
b:back_the 4:0.1
b:back_three 5:0.11
b:back_to 0:0.1 2:-0.11 5:0.13 7:-0.14 10:-0.18 12:-0.1
b:back_with 1:-0.12 3:0.16 9:0.14 12:-0.15
b:back_within 0:-0.26
b:bad_for 7:0.12
b:band_played 1:-0.1
b:bang_on 7:0.11
b:basically_stopped 6:0.1
b:bathroom_and 2:0.13 3:-0.1 10:-0.15
b:be_back 1:-0.15 5:-0.11
b:be_fair 0:0.1 5:0.28 6:0.13
b:be_greeted 1:-0.1 3:0.12
b:be_nice 10:-0.11
b:be_ready 0:0.1 6:0.1
b:be_told 1:-0.1 2:0.13
b:because_he 12:-0.13
b:because_it 1:0.14 5:-0.16
b:because_nobody 13:-0.14
b:because_of 7:-0.17
b:because_the 0:0.12 1:-0.15 2:0.14 6:-0.24 9:-0.11 13:-0.12
b:because_they 6:0.19
b:been_a 1:-0.12
b:been_brilliant 5:0.11
b:been_going 2:-0.1
b:been_kept 7:0.28
b:been_on 0:0.13
b:been_out 13:-0.15
b:been_there 0:0.12
b:been_told 0:-0.15 2:-0.14 6:0.11 10:-0.12
b:before_a 3:0.13
b:before_i 4:-0.14
b:before_id 6:-0.11 7:0.16 13:0.13
b:before_the 5:0.14 13:-0.12
b:before_we 5:0.11
b:behind_the 1:0.11
b:believe_it 0:0.14 7:0.19
b:best_in 3:-0.13 5:0.12 11:-0.15
b:best_value 4:0.16 11:0.12
b:better_than 0:0.12 1:-0.12 2:0.12 5:0.18 9:0.1 12:0.12
b:between_customers 3:0.11
b:bill_is 6:0.17
b:bill_was 4:0.11 5:-0.1 7:0.11 11:-0.11
b:bill_without 5:0.17 12:-0.11
b:bin_collection 2:0.11 5:-0.1
b:bin_day 13:-0.19
b:bin_men 5:0.3
b:bloke_at 1:0.18
b:blood_on 8:0.16
b:blow_dry 12:-0.14
b:bone_dry 12:0.29
b:booked_a 12:0.1
b:booked_for 0:0.12
b:booked_in 2:0.12
b:booked_my 5:0.13
b:bought_a 5:0.29
b:box_that 5:-0.11
b:brand_new 0:0.22 3:0.12 5:0.14 7:0.17 12:0.14
b:brilliant_and 12:0.14
b:broken_streetlight 0:0.15
b:brought_the 8:0.12 10:0.15
b:budget_hotel 11:0.18
b:burnt_pizza 5:0.16
b:but_after 5:-0.12
b:but_customers 3:-0.1
b:but_everyone 8:0.12
b:but_had 0:0.18
b:but_he 5:-0.12
b:but_i 1:0.16 2:-0.11
b:but_it 0:0.13 7:0.11
b:but_left 3:0.12 12:0.24
b:but_most 11:-0.11
b:but_no 12:-0.13
b:but_omg 5:0.1
b:but_said 13:-0.12
b:but_she 5:-0.11
b:but_thats 4:-0.11
b:but_the 1:0.16 3:0.2 4:0.39 5:0.52 6:0.26 7:-0.26 11:-0.29 13:0.17
b:but_they 0:-0.13 1:0.1 5:0.33 6:0.12 11:0.23
b:but_two 12:-0.12
b:but_when 0:0.13 1:-0.17 6:-0.12 9:-0.12
b:but_£ 5:0.13 12:0.21
b:by_2 6:0.11
b:by_4 2:0.11
b:by_5 7:0.11
b:by_9 8:0.13
b:by_a 3:0.14
b:by_almost 10:0.14
b:by_email 6:0.13
b:by_half 12:0.12
b:by_hand 5:-0.13
b:by_most 6:0.1
b:by_name 1:0.19
b:by_our 2:0.11
b:by_the 10:-0.24
b:by_which 7:-0.18
b:caf_s 12:-0.13
b:call_back 2:-0.13 5:-0.11 13:-0.33
b:call_me 0:-0.27 6:0.1
b:call_out 11:-0.1
b:called_it 9:-0.11
b:calling_the 2:0.12
b:calls_have 13:0.1
b:calm_and 1:-0.11
b:came_back 3:0.14 9:0.15 13:0.13
b:came_in 2:0.11 5:-0.19 9:0.1
b:came_out 1:0.18 5:0.16
b:came_to 0:0.1
b:came_up 1:-0.1
b:can_actually 13:0.11
b:can_get 0:-0.12 5:-0.17
b:can_say 11:0.12
b:can_see 6:0.15
b:can_tell 1:0.13
b:cant_answer 2:0.1
b:cant_argue 4:0.19 11:0.32 12:0.11
b:cant_believe 6:-0.1
b:cant_say 5:-0.11
b:cant_see 5:0.15
b:canteen_has 5:-0.11
b:car_and 2:-0.12 6:0.21 13:-0.11
b:car_in 8:0.15
b:car_itself 5:0.12
b:car_park 6:-0.14
b:car_was 13:-0.14
b:car_wash 5:0.1
b:card_and 5:0.11
b:care_home 1:-0.15 5:0.13 12:0.15
b:careful_with 5:0.16
b:carried_it 1:0.14
b:carrier_bags 11:-0.23
b:centre_cafe 5:-0.16
b:changes_the 6:0.11
b:changing_rooms 3:0.24 10:-0.11 12:0.11
b:charge_for 4:0.15
b:charged_for 6:0.16
b:charged_me 4:0.27 6:-0.19
b:charged_£ 5:0.18 11:-0.14
b:chase_them 13:0.12
b:chat_bot 13:-0.13
b:cheap_and 4:0.12 11:0.11
b:cheap_as 11:0.16 12:-0.1
b:cheap_n 5:0.15
b:cheaper_than 4:0.1 11:0.23
b:cheaper_to 11:-0.28
b:check_in 0:0.23 1:0.12 5:0.14 6:-0.1 12:-0.16
b:check_on 1:-0.11
b:checked_twice 3:0.11
b:chef_came 8:0.12
b:chewing_gum 1:-0.15
b:childrens_corner 3:0.1
b:chipped_a 8:0.1
b:chips_and 5:0.12 12:-0.12
b:chips_were 5:0.2 12:-0.19
b:choose_a 12:0.13
b:christmas_jumpers 1:-0.21
b:chunk_out 12:-0.1
b:claim_for 12:0.12
b:claims_discount 4:0.14
b:clean_and 3:0.12 4:0.13 8:0.15 10:0.11 11:-0.16
b:clean_but 12:-0.1
b:clean_in 2:0.11
b:cleaned_me 5:-0.14 11:-0.1
b:cleaned_once 10:-0.12
b:cleaned_up 3:0.11 5:0.11
b:cleaner_than 3:0.16 7:-0.13 10:0.2
b:cleaners_hours 2:0.12
b:cleaning_contract 10:0.19
b:clear_and 6:0.13 13:0.22
b:cleared_up 2:0.12
b:clearly_had 1:0.12
b:clients_have 2:0.11
b:clinic_as 8:0.11
b:clue_what 1:-0.1
b:cold_and 5:0.22
b:cold_by 8:0.13 12:-0.11
b:come_back 5:0.11
b:come_in 6:0.12
b:come_on 5:0.16
b:coming_back 1:0.1 12:0.14
b:coming_out 5:0.13 7:-0.11
b:commenting_on 10:0.2
b:comments_about 3:0.1
b:complain_about 3:0.11
b:complaining_that 7:-0.13 13:0.14
b:complaining_they 9:0.1
b:complaints_about 10:0.13
b:complaints_have 12:0.13
b:confusing_and 13:-0.22
b:consensus_that 4:0.1
b:consensus_was 12:-0.13
b:contract_i 1:0.1
b:cook_the 9:0.11
b:cost_of 4:-0.15
b:cost_£ 11:-0.12 12:-0.11
b:could_do 3:0.12
b:could_have 2:0.14
b:could_not 2:0.19 5:-0.11
b:could_pay 9:-0.1
b:could_see 0:0.11
b:could_take 9:0.22
b:could_understand 6:0.1
b:couldnt_do 8:0.13
b:couldnt_have 1:0.11 2:-0.16
b:couldnt_tell 0:-0.11 2:0.19 5:-0.21 9:-0.16
b:councils_letter 5:-0.11
b:counter_and 5:-0.11
b:counter_anyway 5:0.13
b:counter_has 7:0.14
b:counter_is 1:0.12
b:couple_of 13:0.15
b:courtesy_car 5:-0.12
b:cracked_screen 5:0.13
b:crept_up 4:0.1 6:-0.1
b:crumbs_from 5:-0.1
b:customer_care 1:0.11
b:customer_service 2:-0.11 12:-0.13
b:customer_toilets 10:-0.12
b:customers_are 5:0.11 7:-0.14 10:-0.12
b:customers_ask 2:0.15 6:0.12
b:customers_dont 0:0.12
b:customers_end 5:0.14 12:-0.11
b:customers_have 10:0.14
b:customers_keep 0:0.13 5:0.12 7:-0.18 12:-0.22
b:customers_love 4:-0.11 12:0.13 13:0.14
b:customers_say 1:0.13
b:customers_the 2:0.11
b:customers_when 1:0.17
b:customs_form 1:0.11
b:cut_the 2:0.13 3:0.13 12:0.18
b:day_and 2:0.13
b:day_delivery 4:-0.13 7:-0.16 13:-0.13
b:day_had 13:-0.19
b:day_is 7:-0.1
b:day_it 13:0.1
b:day_to 1:0.1
b:daylight_robbery 0:-0.11
b:days_ago 6:0.16
b:days_before 5:-0.12
b:days_for 7:0.13
b:dead_quick 3:0.11
b:dealt_with 0:0.2 10:0.12
b:dear_for 11:-0.13
b:delay_repay 7:0.25
b:delivered_it 1:0.17 5:0.11 12:0.1
b:delivered_to 8:-0.12
b:delivery_and 7:-0.12
b:delivery_charge 4:0.16
b:dentist_has 1:0.12 8:-0.11
b:dentist_was 5:0.12
b:depending_on 2:0.13
b:described_as 2:0.26 4:0.13 7:-0.11 10:0.19 11:-0.12 13:0.19
b:described_the 2:-0.1 6:0.12 11:0.12 12:0.11 13:-0.18
b:did_a 0:0.15 5:0.27 12:0.16 13:-0.12
b:didnt_charge 7:0.12 11:0.2
b:didnt_even 1:0.16 8:-0.29
b:didnt_get 5:0.1
b:didnt_have 9:-0.12 13:0.12
b:didnt_know 1:-0.15 2:0.17 4:0.1 6:-0.14 11:0.12
b:didnt_mind 3:-0.11
b:didnt_need 2:0.18 9:0.29
b:didnt_try 8:0.13
b:didnt_want 1:0.11
b:direct_debit 4:0.12
b:discussed_the 5:0.15
b:do_enough 8:0.13
b:do_i 6:0.11
b:do_it 0:0.1
b:do_the 2:0.1 6:-0.1
b:dog_died 1:0.14
b:doing_and 5:0.11
b:done_it 2:0.13
b:dont_know 6:0.15
b:dont_think 4:0.1
b:dont_understand 6:0.12
b:door_at 0:0.14 7:0.13
b:door_in 0:-0.11
b:door_to 0:0.11 5:0.12 7:0.13
b:double_booked 5:0.18
b:double_what 5:0.12
b:down_the 1:-0.12 12:-0.14
b:downright_rude 7:-0.1
b:driver_was 0:0.13
b:drivers_seat 3:0.12 5:-0.12
b:dropped_a 9:0.1
b:dropped_to 10:0.18
b:dry_cleaner 3:-0.11 5:0.24
b:dry_cleaning 4:-0.17
b:dug_up 5:0.1
b:each_time 1:0.1 5:0.12
b:easier_to 2:-0.11
b:easy_to 5:0.12 6:0.18
b:eggs_were 8:0.14
b:eight_and 0:0.12
b:elderly_customers 1:0.2
b:else_in 11:0.15
b:elses_hair 3:0.12
b:email_in 6:0.11 13:0.1
b:email_saying 13:-0.16
b:email_the 13:0.1
b:emails_about 6:0.13 8:0.1
b:emails_to 6:0.11 13:-0.12
b:end_of 0:0.12
b:end_up 6:-0.11 12:-0.11
b:ended_up 9:-0.1
b:enough_for 8:0.13
b:enough_to 2:0.11
b:equipment_is 4:0.15 5:0.14
b:estate_agent 6:0.16
b:even_at 0:0.12
b:even_opened 5:-0.11
b:even_the 10:0.1
b:even_tho 8:0.15
b:even_when 2:0.11 5:-0.1 6:-0.11
b:every_call 0:0.13
b:every_day 5:0.16 13:-0.13
b:every_evening 1:0.1
b:every_hour 3:0.26 10:0.14
b:every_monday 0:-0.1
b:every_one 0:0.12 1:0.11
b:every_penny 4:0.12 11:0.15
b:every_time 2:-0.12
b:every_week 6:-0.19 10:-0.13
b:everyone_else 8:-0.15
b:everyone_said 5:0.16
b:everyone_was 0:-0.13
b:everything_slowly 1:0.12
b:exactly_as 7:0.11
b:exactly_how 2:0.18 5:0.13 9:0.16
b:exactly_what 1:-0.18 5:0.1 9:0.12 11:0.1 12:0.28
b:exactly_where 6:0.29 13:0.17
b:exactly_which 1:0.13 9:0.12
b:excellent_and 5:0.11
b:expecting_a 1:0.1
b:expecting_to 6:-0.1
b:explain_it 2:0.12
b:explain_the 1:-0.13 6:0.12
b:explained_everything 1:0.19 6:0.12 13:0.15
b:explained_it 13:0.11
b:explained_the 13:0.11
b:explained_what 5:0.15
b:express_checkout 0:0.24 7:-0.15
b:extra_for 4:-0.14 7:-0.2
b:eye_watering 1:0.11
b:face_when 5:0.13
b:fair_play 11:0.13
b:fair_they 6:0.11
b:far_better 2:0.1
b:fast_and 6:0.13
b:fault_in 5:0.12
b:fee_on 11:-0.16
b:fee_was 4:0.11 5:-0.13 11:0.11
b:feedback_from 13:0.11
b:feel_like 0:-0.15 1:0.12
b:fees_are 4:0.15
b:fees_were 0:0.13
b:fell_apart 4:-0.1
b:fell_out 5:0.19 12:-0.15
b:felt_like 5:-0.17
b:few_people 5:-0.11
b:film_was 5:0.1 12:0.14
b:filthy_and 3:0.11
b:final_bill 5:-0.12 13:-0.12
b:finally_got 9:0.13
b:find_out 13:-0.13
b:find_the 11:-0.14 13:-0.15
b:finding_out 6:0.14
b:fine_for 0:-0.11
b:fine_i 1:-0.1
b:finished_explaining 6:-0.13
b:first_go 2:0.19 8:0.16 9:0.1
b:first_time 3:-0.12 6:-0.1 12:0.19 13:0.14
b:fish_counter 5:0.12 9:0.11
b:fitted_are 11:-0.13
b:fitter_was 12:-0.12
b:five_days 7:-0.19
b:five_stars 5:0.11
b:fiver_for 11:0.18
b:fix_a 7:0.13
b:fix_the 5:0.22
b:fixed_after 7:-0.18
b:fixed_my 4:0.13 11:0.12
b:fixed_the 5:0.12
b:flat_pack 6:0.11
b:flea_treatment 11:-0.13
b:flight_to 5:0.11
b:fly_tipping 0:0.14
b:focus_group 4:0.12
b:food_is 12:-0.11
b:food_was 5:0.13 10:-0.15 12:-0.15
b:for_a 2:0.17 4:0.34 5:0.16 7:0.25 9:-0.16 12:-0.3
b:for_ages 11:-0.11
b:for_an 0:-0.28 4:0.18 5:-0.11 11:-0.11
b:for_anyone 0:-0.11 4:-0.1
b:for_asking 1:0.11
b:for_being 0:-0.12 8:-0.11
b:for_canada 1:0.12
b:for_collection 7:-0.15 13:-0.14
b:for_days 0:-0.12 1:-0.14 5:0.13
b:for_her 1:0.17 8:0.11
b:for_his 9:0.1
b:for_it 1:-0.1
b:for_me 0:0.15 2:0.15 9:0.12 13:0.23
b:for_more 13:0.14
b:for_my 2:-0.11
b:for_new 5:0.14
b:for_next 0:0.14 4:-0.26 7:-0.11
b:for_not 1:0.1
b:for_nothing 1:0.11 4:0.13
b:for_once 1:-0.14 13:0.1
b:for_one 2:0.14
b:for_over 0:0.13
b:for_parking 11:-0.14
b:for_semi 5:0.11
b:for_staff 3:-0.11 4:-0.13
b:for_that 0:0.14 12:-0.12
b:for_the 0:0.35 2:-0.17 5:0.41 6:0.16 8:-0.25 9:-0.18 10:-0.14 12:0.19 13:-0.12
b:for_three 4:0.1
b:for_twenty 2:0.12
b:for_two 2:-0.11 6:-0.12 11:0.29
b:for_weeks 0:-0.12
b:for_what 4:0.15 5:-0.24
b:for_£ 1:-0.18 11:0.44
b:form_i 1:0.1
b:form_was 1:-0.11 2:0.11
b:forty_minutes 0:0.11 7:-0.16 13:-0.12
b:found_a 9:0.13
b:found_it 1:0.15 6:-0.12
b:found_out 4:0.13 12:0.11 13:-0.14
b:found_the 1:0.1 2:0.11 9:0.18
b:four_times 1:0.12 5:0.17 6:0.24 13:-0.14
b:four_years 5:0.13
b:free_machine 0:0.15 5:-0.13
b:free_parking 4:-0.27
b:freezing_and 5:0.11
b:friday_is 0:0.17
b:friday_night 12:0.11
b:friendliest_but 0:0.11
b:from_a 10:0.11
b:from_last 5:-0.12
b:from_my 6:-0.11 13:-0.15
b:from_the 3:0.15 5:0.12 6:0.37 7:0.21 10:-0.19
b:from_us 11:-0.15
b:front_desk 5:0.13
b:front_of 9:-0.14
b:full_of 6:0.11
b:full_so 0:-0.13
b:fuming_that 7:-0.1
b:gave_me 0:0.14 2:0.22 7:0.11 9:-0.18 13:0.12
b:gave_up 5:-0.14
b:gave_us 5:0.14
b:get_a 1:0.12 11:0.16
b:get_an 2:0.13
b:get_checked 3:0.11
b:get_it 0:-0.17
b:get_that 11:0.12
b:get_the 5:-0.11 11:-0.28
b:get_through 0:0.14
b:get_to 0:0.12 6:-0.1
b:get_what 4:0.11 5:0.17
b:give_me 5:0.11
b:give_them 0:0.12 6:0.14
b:giving_out 2:0.12
b:glad_i 12:0.14
b:glasses_are 13:0.1
b:go_and 2:0.12 8:0.18
b:go_to 1:-0.1
b:goes_down 1:-0.1
b:goes_in 3:0.11
b:going_back 1:-0.11
b:going_on 6:0.2
b:gone_downhill 1:0.13 10:-0.1
b:gone_up 6:-0.21
b:good_day 12:-0.13
b:good_morning 1:0.12
b:good_value 4:0.13
b:good_way 3:0.1
b:got_a 0:0.23 4:0.13 8:-0.27
b:got_an 5:-0.11
b:got_back 5:0.12 12:-0.23
b:got_charged 0:-0.12 11:-0.11
b:got_home 2:0.11 4:-0.11
b:got_in 0:-0.1
b:got_my 2:0.13 8:0.17
b:got_the 0:0.19 2:-0.21 7:0.2 12:0.18 13:0.12
b:got_there 7:-0.15 13:-0.14
b:got_through 1:0.1
b:got_told 0:-0.12
b:got_us 1:0.14
b:gr_8 5:0.2 12:0.14
b:grabbed_a 5:0.11
b:great_to 10:-0.11
b:greeted_by 1:-0.1 3:0.12
b:gripe_is 3:0.14
b:group_2 10:0.16
b:group_nodded 8:0.11
b:group_said 0:-0.1 11:0.1
b:group_were 0:0.15
b:guests_keep 5:-0.13 10:-0.13
b:guy_told 2:0.13
b:guys_missed 3:-0.13
b:gym_is 0:0.11
b:gym_members 12:0.1
b:had_a 1:-0.17 2:-0.16 3:-0.12 5:-0.19 7:0.23 13:0.11
b:had_an 5:-0.1
b:had_been 0:-0.13 1:-0.11 4:-0.12 5:0.18
b:had_changed 6:0.14 13:-0.17
b:had_ever 9:0.11
b:had_it 0:0.3 7:0.18
b:had_last 5:0.14 12:-0.14
b:had_mentioned 4:0.11
b:had_missed 2:0.26 5:-0.13 9:0.25 12:0.13
b:had_no 5:-0.12 7:-0.13 9:-0.13
b:had_someone 7:0.14
b:had_that 6:0.13 13:0.11
b:had_the 0:0.14 1:-0.12 6:-0.1 7:0.15 9:0.13 12:0.13
b:had_to 0:-0.23 4:-0.13 6:0.17 9:-0.42 12:-0.13
b:had_tried 5:0.14
b:hair_in 1:-0.1 3:0.11 5:-0.16 10:-0.13
b:half_an 0:0.1 9:0.1
b:half_my 6:0.11
b:half_nine 2:0.12
b:half_of 0:-0.16
b:half_our 5:-0.11 13:-0.11
b:half_past 12:0.12
b:half_the 2:0.19 5:0.15 9:-0.17 11:-0.17 12:-0.24
b:half_what 11:0.18
b:hand_in 0:0.12
b:handheld_scanners 6:0.11
b:happily_pay 5:-0.11 11:0.12
b:happy_hour 11:0.19
b:happy_to 11:0.13
b:has_a 2:-0.12
b:has_been 6:0.14
b:has_come 4:-0.12 5:0.16
b:has_dropped 7:0.12 9:0.1
b:has_gone 4:0.13 12:0.11
b:has_the 1:0.14
b:have_a 6:-0.11 9:-0.12
b:have_been 1:0.25 7:-0.23 8:0.11 10:-0.22
b:have_dropped 10:0.15
b:have_fed 11:-0.15
b:have_nearly 12:0.13
b:have_noticed 7:0.13
b:have_said 2:-0.15 6:0.19
b:have_stopped 10:0.17
b:have_to 0:0.1 5:-0.15 6:0.13 13:0.15
b:having_a 4:0.11 11:-0.11
b:he_didnt 12:-0.12
b:he_fitted 11:-0.13
b:he_found 3:0.12
b:he_got 4:0.1 6:0.13
b:he_is 5:0.1
b:he_said 7:0.13 12:0.19
b:he_was 0:0.28 4:-0.11 5:0.19 12:0.26 13:0.19
b:he_would 0:0.1
b:head_office 6:-0.2 7:-0.1
b:hear_us 6:0.12 13:0.17
b:heard_about 6:0.12
b:hed_be 0:0.18 7:0.1
b:hed_done 1:0.1
b:help_me 8:0.13
b:helpdesk_gave 2:0.11
b:helped_me 5:-0.11
b:her_time 0:-0.15
b:here_for 4:-0.1
b:high_st 5:-0.19
b:higher_than 11:-0.15
b:his_phone 0:-0.14 1:0.13 5:0.11
b:his_stuff 2:0.11
b:hold_music 0:0.22 7:-0.15
b:hold_times 0:0.1 7:0.11
b:hold_to 6:-0.1
b:home_about 1:-0.11
b:home_and 2:0.11
b:honestly_cant 5:0.1 12:-0.11
b:honestly_i 4:0.16
b:hoovered_up 3:0.12 10:0.24
b:hospital_for 4:0.11 11:-0.18
b:hotel_breakfast 5:0.14
b:hour_and 0:0.1 5:0.13
b:hour_before 0:0.13
b:hour_is 7:0.15
b:hour_window 6:0.15
b:hours_and 0:-0.14
b:hours_at 0:0.12 7:-0.12
b:hours_in 5:-0.12
b:hours_late 6:0.16 13:-0.12
b:house_in 0:-0.12 1:0.11
b:how_long 9:0.1
b:how_many 6:0.11
b:how_much 4:-0.15
b:how_our 8:0.12
b:how_the 12:-0.14
b:how_they 4:-0.15
b:how_to 2:0.24
b:husband_the 1:0.13
b:i_am 0:-0.11 13:0.1
b:i_asked 0:-0.15 4:-0.15 7:0.1 8:-0.15 9:0.12 13:-0.12
b:i_booked 5:0.19 12:0.15
b:i_brought 8:0.12
b:i_can 5:0.17 6:-0.21 12:0.14
b:i_could 1:-0.12 2:0.18 5:-0.13 11:-0.17
b:i_did 2:0.16
b:i_didnt 0:-0.12 2:0.13 4:0.15 9:0.39 11:0.1
b:i_dont 0:-0.11 4:0.21
b:i_emailed 5:0.11
b:i_genuinely 3:0.13 5:0.14 12:0.19
b:i_got 0:0.38 1:0.14 4:-0.11 5:0.18 7:-0.13 9:-0.14
b:i_guess 1:-0.13 5:-0.1
b:i_had 0:-0.2 2:0.13 5:-0.1 6:0.17 9:-0.11 11:-0.21
b:i_hadnt 2:0.12
b:i_honestly 5:0.13
b:i_like 8:0.12
b:i_needed 0:-0.12 2:0.12 9:-0.13
b:i_only 8:0.17 13:-0.15
b:i_ordered 7:-0.19
b:i_paid 5:0.12
b:i_phoned 13:0.1
b:i_rang 0:0.19 5:-0.16 6:-0.19 7:-0.11 13:-0.1
b:i_read 2:0.1
b:i_said 1:0.15 2:-0.1 5:0.16 8:-0.13
b:i_spend 6:0.1
b:i_understood 13:0.12
b:i_waited 0:0.16 7:0.14 11:0.16
b:i_wanted 1:0.13
b:i_was 1:0.36 2:-0.28 5:-0.15 6:0.26 13:0.16
b:i_went 6:-0.12 9:-0.14
b:i_wouldnt 8:-0.15
b:id_already 6:0.13 13:-0.12
b:id_been 2:0.19 5:-0.11
b:id_call 3:0.12 11:0.16
b:id_even 13:0.13
b:id_give 12:0.15
b:id_rather 4:0.11 6:0.11 11:0.13
b:idea_how 5:0.1
b:idea_of 13:-0.11
b:if_i 9:0.1
b:if_id 1:0.1
b:if_the 2:0.3 3:-0.13 6:-0.15
b:if_they 10:-0.11
b:if_you 0:-0.11 1:-0.11
b:ill_give 0:0.11
b:im_a 6:0.16
b:im_still 6:0.14
b:immaculate_inside 2:0.1
b:in_2 0:0.11 7:0.22
b:in_20 0:0.12 7:0.11 11:0.1
b:in_5 0:0.14
b:in_a 0:0.19 3:0.17 4:0.15 5:0.13 11:0.11 12:0.12
b:in_an 7:0.11
b:in_and 5:-0.13 10:0.21 13:0.13
b:in_august 7:-0.18
b:in_between 0:0.12
b:in_centre 7:-0.1
b:in_circles 6:-0.11
b:in_five 6:0.12
b:in_for 1:0.26 2:0.22 3:0.13 4:-0.14
b:in_four 5:-0.11
b:in_front 9:-0.14
b:in_full 5:0.16 6:0.13
b:in_house 10:0.15
b:in_march 7:-0.22
b:in_months 5:0.2 12:0.15
b:in_my 0:0.11 11:-0.12
b:in_on 3:-0.11 7:-0.21
b:in_one 0:-0.12 2:0.17 9:-0.16
b:in_pain 2:0.11
b:in_plain 13:0.17
b:in_reception 1:-0.11
b:in_six 0:-0.13 1:0.11
b:in_ten 6:-0.11
b:in_that 10:0.11
b:in_the 0:-0.2 2:0.15 3:0.42 5:0.3 6:-0.26 7:-0.26 8:0.14 9:-0.22 10:-0.48 11:-0.26 12:-0.36
b:in_three 7:0.29
b:in_to 0:-0.16 1:-0.12 5:-0.11
b:in_took 1:0.12
b:in_town 3:-0.11 4:0.24 11:0.13 12:0.2
b:in_twenty 0:0.12
b:in_two 0:0.11 1:-0.12 5:0.13
b:in_under 3:0.1
b:in_week 0:0.22 6:0.1 7:-0.1
b:in_with 0:-0.1
b:in_years 5:0.12 11:0.16
b:info_desk 1:0.13 6:-0.15
b:information_about 2:0.11
b:inside_of 3:0.11
b:inside_out 2:0.1 9:0.12
b:instead_of 7:0.25 9:0.14 13:0.17
b:into_a 5:-0.11
b:is_a 1:0.16 2:-0.15 3:-0.16 13:-0.13
b:is_always 0:0.2 1:0.11
b:is_brilliant 2:0.11 6:0.17
b:is_clean 8:0.13
b:is_half 11:-0.11
b:is_new 4:0.11 5:0.11
b:is_not 1:0.11
b:is_taking 7:-0.1
b:is_terrible 0:0.11 5:0.11
b:is_the 4:0.14 5:0.26 11:0.2 13:0.11
b:is_too 5:0.17
b:is_up 6:0.18
b:is_vivaldi 0:0.11
b:is_worth 11:-0.13
b:isa_allowance 2:0.11 9:-0.13
b:isas_and 2:0.12
b:isnt_cheap 11:-0.19
b:it_a 2:0.15
b:it_all 5:0.11 12:0.14 13:0.12
b:it_and 7:-0.16 11:0.12 13:0.11
b:it_arrived 0:0.15
b:it_back 0:0.15 5:0.1 7:0.11 12:-0.12
b:it_by 0:0.12
b:it_came 6:0.12
b:it_didnt 0:-0.15
b:it_even 13:-0.14
b:it_every 11:-0.13
b:it_felt 5:-0.16
b:it_for 3:0.12 6:-0.17
b:it_from 3:0.12 11:-0.15
b:it_had 0:-0.19 6:0.11 13:0.1
b:it_in 1:0.13 12:0.25
b:it_is 2:-0.11 5:-0.16 6:0.12 7:0.14 13:0.11
b:it_isnt 2:0.13
b:it_myself 9:-0.13
b:it_off 5:0.11
b:it_on 0:0.12
b:it_so 2:-0.11 6:0.14
b:it_still 4:-0.1 5:-0.13
b:it_to 12:0.11
b:it_took 7:-0.1 8:0.1 13:-0.15
b:it_turned 7:-0.33 12:-0.1
b:it_up 1:0.2 9:0.12 12:0.12
b:it_was 1:-0.22 3:-0.14 5:0.4 6:-0.18 11:-0.12 12:0.35
b:it_wasnt 5:0.14 6:0.12 12:-0.21
b:it_went 6:0.1
b:itd_be 0:0.14
b:its_a 11:0.18
b:its_been 0:0.16
b:its_chaos 3:-0.1
b:its_much 6:0.16
b:its_my 1:0.15 8:-0.12
b:its_now 7:-0.15
b:itself_looked 5:0.1 12:-0.1
b:itself_was 5:0.18 12:0.14
b:ive_ever 10:-0.3
b:ive_had 0:-0.1 1:0.12 3:0.1 5:0.21
b:jam_constantly 5:0.13
b:just_got 13:0.14
b:just_kept 6:0.19 13:-0.18
b:just_not 8:-0.19
b:just_rings 5:0.11
b:just_shrugged 5:0.13 8:-0.12 12:-0.11
b:keep_complaining 7:-0.14
b:keep_leaving 10:-0.11
b:keep_my 8:0.16
b:keep_saying 0:-0.13 12:-0.11
b:keep_telling 0:0.11 5:0.13 12:-0.17
b:keep_the 1:0.12 8:0.1
b:kept_coming 12:0.1
b:kept_saying 6:0.16
b:kept_us 6:0.24 13:0.21
b:kept_waiting 7:0.3
b:key_cutting 1:0.1 4:0.11
b:kids_books 4:0.12
b:kids_loved 3:-0.11
b:kind_and 13:0.1
b:kitchen_fitter 1:0.12
b:knew_every 1:0.11 2:0.1 5:0.11
b:knew_exactly 2:0.12 6:-0.12 9:0.21 12:0.13
b:knew_his 5:-0.1
b:knew_nothing 9:-0.11
b:knew_straight 5:0.12
b:knew_the 1:-0.14 2:0.22 9:0.15
b:knew_what 5:0.11
b:know_a 4:0.1
b:know_how 2:0.13
b:know_if 2:-0.15
b:know_the 2:0.13
b:know_their 2:0.18 9:0.21
b:know_whats 6:0.11
b:know_when 6:0.12
b:know_where 9:-0.11
b:knowing_exactly 6:0.12
b:knowledgeable_and 1:0.11 9:0.13
b:lad_in 1:-0.13 9:-0.1
b:lad_on 2:0.11 4:0.12
b:lad_who 0:0.1 1:0.1
b:lady_on 1:0.13 5:-0.12
b:last_year 1:0.13 8:0.11
b:lasts_for 12:0.16
b:late_and 4:0.11 6:0.2 13:-0.15
b:late_on 0:-0.11
b:later_than 7:-0.12
b:leaves_the 10:-0.16
b:leaving_reviews 10:-0.11
b:leaving_the 3:0.11
b:left_my 5:0.12
b:left_the 0:0.16 1:0.2
b:left_with 2:0.11
b:legroom_in 5:0.13
b:leisure_centre 5:-0.13
b:less_than 4:0.1 11:0.22
b:let_me 6:0.11
b:letter_about 5:-0.11
b:letter_explaining 13:-0.16
b:letters_were 2:-0.12
b:letting_agent 13:-0.16
b:like_a 0:-0.13 1:0.18 4:-0.12 5:0.1 12:-0.19
b:like_an 8:-0.11
b:like_chewing 1:-0.11
b:like_he 12:0.12
b:like_i 1:0.17 8:-0.15
b:like_sleeping 5:0.13
b:like_that 1:0.1
b:like_the 3:0.12
b:like_they 7:0.11
b:like_we 6:0.11
b:like_youre 8:-0.12
b:liked_that 6:0.1 13:0.13
b:line_of 6:0.13
b:list_for 0:0.16 1:-0.1
b:listened_to 6:0.12 11:0.11
b:locum_gp 2:0.1 9:-0.13
b:lol_the 5:0.13
b:long_story 5:0.13 12:0.1
b:look_at 0:-0.21 12:0.16
b:look_like 6:0.12
b:look_on 5:0.14
b:look_up 1:0.11 8:-0.1
b:looked_like 5:0.13
b:looked_up 1:0.15 2:-0.1
b:looking_at 5:0.1 12:0.15
b:looking_like 5:0.14 12:-0.14
b:looks_brand 0:0.24 3:0.13 5:0.14 7:0.17 12:0.11
b:lost_a 1:0.11 5:0.19 12:-0.11
b:lot_for 11:0.13
b:lot_of 1:0.24 8:0.11 13:-0.21
b:lots_of 11:0.16
b:love_being 0:0.11
b:love_how 0:0.12
b:love_paying 11:-0.12
b:love_that 0:0.1 12:0.13 13:0.1
b:love_the 6:0.19 13:-0.11
b:loved_the 1:-0.1
b:lovely_and 0:0.11 1:0.2 8:-0.12
b:lovely_but 3:0.18 10:-0.13
b:lovely_clean 1:-0.11
b:lovely_though 8:0.14
b:lovely_to 0:-0.17 1:-0.17
b:lovely_with 2:0.11
b:loving_the 11:-0.23
b:made_a 1:0.14 12:0.11
b:made_me 8:0.21
b:main_frustration 4:0.11
b:make_it 11:-0.11
b:makes_the 0:-0.1
b:man_at 12:-0.1
b:mats_and 3:0.11
b:me_a 2:-0.24 4:0.11 5:-0.11 7:0.11 9:0.11 13:0.17
b:me_about 2:0.2
b:me_an 1:-0.1
b:me_anything 0:0.1
b:me_at 1:0.11 6:0.13
b:me_back 0:-0.34 6:0.12
b:me_before 13:0.13
b:me_every 6:0.15
b:me_exactly 5:0.12 9:0.14
b:me_feel 1:0.12 8:0.26
b:me_for 3:0.11
b:me_i 2:0.17 5:-0.14
b:me_in 0:0.12
b:me_into 1:0.11
b:me_my 1:-0.25 2:0.22 4:-0.13 9:-0.23
b:me_on 7:0.1
b:me_our 5:0.11
b:me_out 5:-0.17 13:-0.11
b:me_that 4:0.11
b:me_the 1:-0.16 2:0.34 4:-0.1 8:-0.12
b:me_three 2:0.12
b:me_through 6:0.12
b:me_to 1:0.13 2:-0.1
b:me_what 5:-0.1 9:-0.15
b:me_when 2:-0.13
b:me_why 0:0.14
b:me_with 5:0.15
b:me_£ 6:-0.12
b:meal_deal 12:0.13
b:meant_to 2:0.17
b:mechanic_was 6:0.11
b:members_and 5:0.13
b:members_said 1:0.11 8:0.11
b:men_were 5:0.22
b:mentioned_at 4:0.1
b:mentioned_the 1:0.13 5:0.17
b:menu_is 5:0.12 12:0.13
b:merci_for 0:0.13 7:0.11
b:might_as 6:0.1
b:milk_for 5:0.11
b:mins_late 6:0.16
b:minutes_and 0:0.11 7:0.15
b:minutes_flat 0:-0.1 5:0.11
b:minutes_for 7:-0.11
b:minutes_of 0:0.16
b:minutes_on 5:-0.1
b:minutes_to 2:0.12 7:0.14
b:minutes_while 0:0.1
b:minutes_with 1:0.11
b:missed_it 2:0.16
b:missed_three 5:0.12 12:-0.13
b:moan_that 5:0.13
b:moderator_note 13:-0.16
b:moderator_summary 13:0.14
b:monday_and 0:0.14 7:0.15
b:month_for 0:0.11
b:month_was 6:0.11
b:months_on 5:0.11 12:0.11
b:months_to 5:0.1
b:morale_is 1:-0.11
b:more_staff 5:0.1
b:more_than 7:0.13 8:0.15 9:0.12 13:0.12
b:most_knowledgeable 1:-0.1
b:most_of 5:-0.13 6:-0.1 8:0.11
b:most_said 8:0.12
b:moved_out 7:-0.11
b:much_better 2:-0.1 5:-0.1
b:much_easier 2:-0.11
b:music_is 0:0.11
b:muy_bien 5:0.17 12:0.1
b:my_account 6:0.12
b:my_blood 2:0.1 8:0.16 9:0.13
b:my_brakes 2:0.1
b:my_car 0:-0.1 3:0.15 7:-0.17 13:-0.11
b:my_card 0:0.11 5:0.16
b:my_daughters 5:0.15
b:my_dog 1:0.12
b:my_english 8:0.13 13:0.12
b:my_hip 11:-0.12
b:my_house 0:0.12
b:my_husband 1:0.21 8:-0.2
b:my_isa 2:0.14 9:-0.16
b:my_last 7:0.18
b:my_mother 1:0.13
b:my_mums 1:0.11
b:my_name 2:-0.17
b:my_new 6:0.11
b:my_old 0:-0.17 1:-0.14 2:0.16 6:-0.16 7:0.1
b:my_only 5:0.11
b:my_own 12:0.1
b:my_parcel 6:0.1
b:my_parcels 5:0.1
b:my_prescription 5:-0.1 9:-0.14
b:my_son 1:0.14
b:my_suit 5:0.11
b:my_symptoms 9:-0.14
b:n_charged 4:0.12 6:0.12
b:n_clean 1:0.13
b:n_the 5:0.22 6:0.13
b:need_it 10:-0.11
b:needed_a 9:-0.12
b:needed_for 1:0.11
b:never_again 0:0.1 5:-0.14
b:never_got 6:0.17
b:never_once 0:-0.14 1:0.1 7:0.12 13:0.12
b:never_tells 2:0.1
b:new_and 4:0.13 5:0.14
b:new_app 6:-0.11
b:new_booking 5:-0.11
b:new_car 6:0.13
b:new_coffee 5:0.13 12:-0.12
b:new_handset 2:0.16 9:0.13
b:new_headsets 6:0.12 13:0.11
b:new_phone 1:-0.19 6:-0.1
b:new_place 6:-0.11
b:new_screen 6:0.11
b:new_tablets 6:0.11
b:new_vet 2:0.11
b:next_day 0:0.11 4:-0.26 7:-0.32
b:next_door 1:-0.17 5:0.15
b:next_morning 0:0.23 3:0.18 7:0.34
b:next_week 10:-0.11
b:ngl_the 8:0.23
b:nhs_dental 0:0.11
b:nice_if 10:-0.11
b:nice_of 6:0.18 13:-0.1
b:nice_touch 8:0.12
b:nice_work 0:-0.12 5:-0.17
b:night_on 6:0.1
b:ninety_minutes 1:-0.11
b:no_call 0:0.2
b:no_claims 4:0.16
b:no_email 7:-0.12
b:no_fuss 6:0.16 13:0.18
b:no_idea 9:-0.1
b:no_one 1:-0.11 2:-0.13 6:0.24 13:-0.17
b:no_quibble 7:0.16
b:no_quibbles 13:0.13
b:no_reason 6:-0.1
b:no_surprises 4:-0.14
b:nobody_at 9:-0.1
b:nobody_cared 5:0.11 12:0.14
b:nobody_ever 4:-0.1 6:0.16
b:nobody_explained 0:0.1
b:nobody_felt 0:0.13
b:nobody_had 4:0.11 5:0.1 6:0.15 11:-0.11
b:nobody_in 12:0.12
b:nobody_said 5:0.11 12:0.1
b:nobody_updated 13:-0.11
b:nobody_was 1:-0.15
b:none_of 2:0.1
b:not_a 4:-0.13 5:-0.17 10:0.13
b:not_cheap 5:0.23 11:-0.21 12:0.19
b:not_complaining 11:0.2
b:not_good 8:0.13
b:not_on 1:0.11
b:not_once 7:0.25
b:not_one 0:-0.13
b:not_rude 8:-0.15
b:not_so 12:-0.13 13:0.13
b:not_the 4:0.11 11:-0.22 12:0.12
b:not_to 2:-0.1
b:not_what 4:-0.13 5:-0.17
b:not_worth 5:0.1
b:note_on 13:0.12
b:nothing_about 2:0.1 9:-0.13
b:nothing_else 1:0.1
b:nothing_to 1:-0.14 5:-0.15
b:noticed_when 2:0.12
b:nurserys_daily 6:0.1
b:oat_milk 5:0.13
b:of_a 0:0.29 1:0.14 2:-0.14 3:-0.13 4:-0.11 5:-0.25
b:of_being 9:0.11
b:of_compliments 1:0.12
b:of_course 5:0.12
b:of_customers 9:0.1
b:of_date 13:-0.11
b:of_delivery 6:0.11
b:of_her 0:0.1 12:-0.1
b:of_his 2:0.13
b:of_jargon 5:-0.11
b:of_me 1:0.1 8:-0.15 9:-0.11
b:of_my 0:-0.17 2:-0.14 3:-0.14
b:of_older 13:-0.13
b:of_order 5:0.12 12:-0.11
b:of_our 0:0.14 1:0.12 5:-0.12
b:of_patients 11:0.11
b:of_reading 1:-0.11
b:of_someone 3:0.11 5:0.11
b:of_staff 8:-0.14
b:of_ten 12:0.15
b:of_the 0:-0.13 8:0.13 12:0.12 13:0.2
b:of_them 1:0.17 2:-0.13 6:0.19
b:of_town 7:-0.1
b:of_us 6:-0.13 9:-0.11
b:of_water 5:-0.1
b:of_£ 0:0.14
b:off_and 2:0.16
b:off_at 0:0.11
b:off_every 5:-0.13
b:off_for 0:-0.21
b:off_it 8:0.16
b:off_the 1:-0.12 2:0.11 5:0.34 10:0.21 11:0.12 12:-0.29
b:off_their 8:0.11
b:often_say 3:0.1 13:-0.12
b:often_tell 1:0.11
b:oh_brilliant 0:0.11 6:-0.15 12:-0.1
b:oh_wait 6:0.13
b:ok_for 2:0.15 3:-0.11
b:old_one 7:0.12
b:older_customers 1:0.13 8:0.1
b:older_members 8:0.11
b:older_participants 0:0.1
b:omg_the 1:-0.11
b:on_a 0:0.36 2:-0.2 5:0.27 7:-0.23 11:-0.17 12:0.17
b:on_and 4:-0.11 12:0.12
b:on_first 0:0.11
b:on_his 1:0.12 5:0.1 8:-0.19
b:on_hold 0:0.35 1:-0.11 6:-0.21 7:-0.12
b:on_how 1:0.17 8:0.11
b:on_it 3:0.13 5:0.16 12:-0.15
b:on_me 0:0.11 7:-0.11
b:on_monday 0:0.2 5:-0.15 7:-0.22
b:on_my 5:0.24 7:0.14 12:0.48
b:on_our 4:-0.17
b:on_saturdays 6:0.11
b:on_sundays 0:-0.1
b:on_that 3:0.1 10:0.2
b:on_the 1:0.26 4:0.15 5:-0.43 7:0.32 9:-0.12 10:-0.13 11:0.17 12:0.14
b:on_thursday 7:-0.21
b:on_time 0:0.26 6:0.11 7:0.32
b:on_top 6:0.19
b:on_tuesday 0:-0.15
b:on_who 2:0.13
b:once_a 3:0.1 10:-0.17
b:once_had 13:0.14
b:once_in 7:0.2
b:once_made 0:-0.13
b:one_could 2:-0.11
b:one_day 0:-0.12
b:one_had 0:-0.15
b:one_hour 6:0.14
b:one_lady 9:-0.13
b:one_of 0:0.11 5:0.12
b:one_page 6:0.1
b:one_participant 0:0.12 1:0.11 11:0.11 13:-0.12
b:one_person 0:0.15 7:-0.1
b:online_and 11:-0.13
b:online_booking 13:0.1
b:only_gripe 3:0.14
b:only_noticed 2:0.12 9:-0.12
b:only_one 3:0.14 4:-0.13
b:only_reason 11:0.12
b:only_the 4:0.11
b:only_took 0:0.12
b:only_£ 11:-0.18
b:opening_hours 0:-0.1
b:option_and 5:0.1
b:or_not 10:-0.11
b:order_was 8:-0.12
b:ordered_at 0:0.15 7:0.11
b:ordered_the 12:-0.11
b:other_peoples 1:-0.11 3:0.14
b:other_places 3:-0.11
b:our_claims 9:0.1
b:our_new 2:0.1
b:our_road 0:0.22 7:-0.12 12:0.12
b:our_room 5:0.14 12:-0.1
b:our_table 10:-0.1
b:our_wedding 0:-0.17
b:out_about 13:-0.16
b:out_and 8:-0.1
b:out_by 5:0.14
b:out_every 6:-0.12
b:out_for 0:0.11 2:0.1 6:0.1
b:out_in 0:0.11 7:0.29 12:-0.1
b:out_looking 5:0.16 12:-0.11
b:out_my 6:0.18
b:out_of 5:0.14 11:-0.12 12:-0.27
b:out_on 5:-0.12
b:out_that 11:-0.17
b:out_the 0:0.25 7:-0.13 9:-0.15 13:0.11
b:out_to 1:0.11 8:0.17
b:out_which 3:0.12 5:0.1 12:0.14
b:out_within 7:0.27 12:0.1
b:outside_my 0:0.11 7:0.11
b:over_a 0:0.14
b:over_an 5:0.13 6:-0.11
b:over_and 5:0.12
b:over_the 3:0.11 9:0.14 10:-0.12 11:0.14
b:over_two 6:0.11
b:overdraft_fees 4:0.1
b:paid_a 6:0.12
b:paid_extra 7:-0.14
b:paid_for 5:0.13 9:0.11 12:-0.13
b:paid_out 7:0.34
b:paid_£ 0:0.27 5:0.13 12:-0.13
b:paint_was 2:0.13 3:-0.11
b:parcel_arrived 12:0.21
b:parents_have 2:-0.12 11:-0.11
b:park_at 4:0.11
b:park_for 0:-0.11
b:parking_at 11:-0.15
b:participant_summed 8:0.11
b:participants_agreed 8:0.11
b:participants_described 3:-0.14 6:0.12
b:participants_felt 0:-0.1
b:participants_mentioned 1:-0.16
b:participants_praised 0:0.13
b:participants_said 0:0.15 5:-0.12 13:-0.12
b:participants_were 2:0.11
b:participants_who 0:0.1
b:pasty_was 3:-0.11 5:0.14 12:-0.13
b:patch_on 3:0.1
b:patient_with 4:-0.11 5:-0.12
b:patients_are 0:0.11 6:-0.11 7:0.14
b:pay_a 11:0.11
b:pay_for 5:0.14
b:pay_in 5:0.1
b:pay_the 4:0.12 6:0.1
b:pay_went 4:-0.11
b:paying_more 4:0.12
b:paying_£ 11:-0.14
b:people_to 2:0.11
b:person_on 7:-0.1
b:pet_shop 1:-0.12
b:pharmacist_sorted 2:0.11
b:pharmacy_counter 0:0.11
b:pharmacy_staff 0:0.11
b:phone_and 1:0.16
b:phone_call 6:0.12 8:-0.13
b:phone_menu 6:0.1
b:phone_screen 0:0.1
b:phone_shop 1:-0.13 2:0.2 5:-0.11 6:0.11 9:-0.1 11:-0.11 13:-0.12
b:phone_support 0:0.12 5:0.11 7:-0.1
b:phone_system 6:-0.12
b:phone_was 8:0.12
b:phoned_the 1:0.1 6:-0.15
b:photos_and 2:0.19 5:0.15 12:0.1
b:photos_of 4:-0.1
b:picked_up 2:0.23
b:pile_of 3:0.1
b:pizza_off 5:0.16
b:place_cleaner 7:-0.12
b:place_in 12:0.13
b:place_was 3:0.13 10:-0.19
b:plain_english 6:0.11 13:0.12
b:plaster_dust 10:0.17
b:plumber_turned 12:0.16
b:pointing_out 11:-0.17
b:polite_but 6:0.15
b:pool_was 12:-0.12
b:portions_have 12:-0.1
b:post_office 0:0.11 5:-0.12
b:praised_as 13:-0.11
b:praised_the 0:0.16 3:0.1
b:prescription_is 0:0.12
b:price_and 0:0.1
b:price_changes 6:0.13
b:price_of 0:-0.18 1:-0.1 5:-0.15 9:0.1
b:price_rise 6:0.1
b:price_was 5:0.14
b:prices_are 4:0.11 5:-0.15
b:prices_were 1:0.11
b:printing_and 7:-0.12
b:problem_after 9:0.11
b:problem_in 11:-0.12
b:promised_and 2:0.11
b:proper_training 9:0.12
b:properly_and 1:0.12 8:-0.11 9:0.1
b:put_the 5:0.18 9:-0.11
b:putting_me 0:0.12
b:questions_about 2:0.12
b:queue_at 0:0.15 5:0.18 6:0.11
b:queuing_at 6:-0.15 12:-0.11
b:quick_look 0:-0.15 12:0.14
b:quick_to 4:-0.12 8:-0.11
b:quid_an 4:0.11
b:quid_for 12:-0.11
b:quiet_and 8:0.13
b:quoted_£ 5:-0.13 11:0.13
b:rang_ahead 0:0.18
b:rang_and 5:0.1
b:rang_at 13:0.1
b:rang_i 4:0.11
b:rang_me 6:0.17 13:0.24
b:rang_the 1:0.22 6:-0.12 12:-0.1
b:rang_to 5:-0.13
b:rather_pay 6:0.13
b:rather_than 5:-0.14
b:rave_about 5:0.19
b:rd_time 12:-0.13
b:read_the 2:0.12 9:-0.12
b:reading_off 1:-0.17
b:ready_at 7:0.17
b:ready_by 2:0.1
b:ready_for 7:-0.16 13:-0.14
b:ready_in 7:0.1
b:ready_when 0:0.17
b:really_appreciated 1:0.13 6:0.2 13:-0.24
b:really_good 13:0.1
b:really_know 2:0.11
b:really_reassuring 2:0.15
b:reason_they 1:0.1 11:0.12
b:reasonable_for 3:0.12 11:0.23
b:reassuring_when 2:0.15
b:reception_at 6:0.11
b:reception_staff 8:-0.19
b:reception_was 5:0.12
b:receptionist_at 8:-0.24
b:receptionist_told 0:-0.1 2:0.17 9:-0.12
b:receptionist_was 1:0.22
b:recommended_a 2:0.19
b:remaining_branch 5:0.12
b:removal_men 5:0.22
b:repeat_prescription 0:0.12
b:replaced_it 5:0.13
b:replacement_out 0:0.12
b:replied_to 5:0.12
b:reply_to 0:-0.14
b:reported_a 0:0.13 5:-0.11
b:reported_it 0:0.11 12:-0.11
b:reviews_saying 10:-0.11
b:ring_me 0:-0.15
b:ring_us 0:0.1
b:ring_you 6:0.11
b:rings_out 5:0.11
b:rip_off 4:0.13 11:-0.15
b:road_again 5:0.13 12:-0.21
b:rock_solid 12:0.1
b:room_and 6:0.11
b:room_floor 10:0.11
b:room_for 3:-0.11
b:room_hasnt 2:0.11
b:room_was 0:0.15 12:-0.12
b:rooms_smell 3:0.16 10:-0.12
b:round_here 11:0.15
b:round_the 1:0.17 7:0.15
b:rubbish_in 12:-0.11
b:rude_to 7:-0.11
b:run_off 8:0.1
b:s_new 12:-0.13
b:safe_place 12:0.12
b:said_10 0:0.1
b:said_good 1:0.12
b:said_hed 5:0.13 6:0.21 7:0.12
b:said_hello 12:0.14
b:said_i 6:-0.11 9:0.16
b:said_it 2:0.16 5:0.11 13:-0.11
b:said_itd 7:0.12
b:said_my 2:0.14
b:said_no 2:0.11
b:said_the 3:0.14 4:0.19 8:0.15
b:said_they 4:-0.17 6:-0.13 9:-0.1 12:0.14 13:0.11
b:said_to 5:0.13
b:said_two 0:0.11
b:said_yes 2:0.11
b:sales_assistant 5:0.1
b:salesman_was 8:-0.26
b:same_day 7:-0.12 13:0.11
b:same_form 2:0.11
b:same_week 6:-0.12
b:sandwiches_are 5:0.11 12:0.11
b:sat_in 3:0.1 6:0.18
b:saturday_night 0:0.11
b:saved_me 1:-0.11 2:0.32 9:0.25 11:0.11
b:saw_the 2:0.1 5:0.1
b:say_it 12:0.1
b:say_its 2:-0.11 5:0.12 12:-0.1
b:say_my 7:-0.14 13:-0.17
b:say_so 5:0.21
b:say_the 1:-0.11 5:-0.22 6:0.14 7:-0.11 11:-0.13 13:0.15
b:say_were 4:0.11
b:saying_the 10:-0.13 12:-0.11
b:says_it 12:0.11
b:scone_was 5:0.15 12:-0.13
b:scratch_down 5:0.18
b:scratched_the 8:0.1
b:second_time 4:0.1
b:security_guard 1:0.15
b:see_a 5:0.13
b:see_the 0:0.15 10:-0.13
b:seem_to 2:0.11 9:-0.11
b:seen_as 1:0.16
b:sehr_freundlich 0:0.12
b:self_checkouts 0:0.11
b:sell_me 0:-0.14 1:-0.12
b:semi_skimmed 5:0.12
b:sent_a 6:0.19 13:0.15
b:sent_me 0:0.12 6:0.17
b:service_advisor 7:-0.15 13:-0.18
b:service_and 2:0.11 4:0.13
b:service_at 4:0.11
b:serving_me 8:-0.15
b:several_had 5:-0.13
b:several_mentioned 5:0.14 8:0.12 12:-0.1
b:several_parents 6:0.12
b:several_people 1:-0.14 5:0.11
b:shame_about 8:0.13
b:shame_the 11:0.12
b:she_even 1:0.13 5:0.11
b:she_had 0:0.13
b:shop_didnt 2:0.11
b:shop_here 1:0.12
b:shop_knew 1:-0.11
b:should_be 5:-0.15
b:shout_out 1:0.11 4:0.11
b:showed_me 1:-0.1 4:-0.16 6:0.17 9:0.16
b:showed_us 0:-0.13 1:0.11
b:showers_are 2:0.12
b:since_it 6:0.12
b:since_the 5:0.14 6:-0.14 13:0.13
b:since_they 2:0.12 5:-0.14
b:since_tuesday 13:-0.11
b:since_we 0:0.1 1:-0.11 2:-0.2 3:0.17 5:-0.1 7:0.28 10:0.26 13:0.18
b:six_minutes 0:-0.11 1:0.14
b:six_months 12:0.11
b:six_weeks 5:0.23 12:-0.11
b:skirting_boards 5:0.15 11:-0.16
b:sleeping_on 5:0.13
b:slowly_and 13:0.11
b:small_online 4:0.12
b:smelling_of 5:0.11
b:snapped_at 5:0.12
b:so_customers 5:0.12 12:-0.11
b:so_every 5:0.17
b:so_full 5:-0.1
b:so_good 13:0.12
b:so_i 9:0.11
b:so_ill 8:0.12
b:so_im 9:0.1
b:so_much 2:-0.15 6:0.25
b:so_the 5:-0.12
b:so_they 0:0.15
b:so_we 2:0.16 6:0.11 7:-0.1 9:-0.11
b:so_when 6:0.13
b:social_media 6:0.1
b:someone_elses 2:0.16 3:0.24 10:-0.15 12:-0.12
b:someone_will 6:0.15
b:sorted_it 0:0.1 2:0.13
b:sorted_my 0:0.25 5:0.13 7:0.2
b:sparky_was 1:0.12
b:speaks_to 1:0.11
b:speck_of 10:0.1
b:spend_half 6:0.1
b:spent_twenty 1:0.11
b:spoke_to 1:0.17
b:spoken_to 0:-0.12 1:0.12
b:spot_on 0:-0.13
b:spotless_and 3:0.18 10:0.13
b:spotless_record 5:0.18
b:spotted_that 9:0.11
b:squeezed_me 6:-0.11
b:staff_are 1:0.21 4:0.15 8:0.11 12:-0.14
b:staff_as 1:0.12 5:-0.14 8:-0.16
b:staff_at 0:-0.1
b:staff_couldnt 5:0.13 8:0.15
b:staff_have 4:-0.13
b:staff_know 9:0.12
b:staff_lovely 8:0.15
b:staff_on 5:0.12
b:staff_were 0:0.12 1:0.11 8:-0.33
b:stars_for 5:0.14 12:0.12
b:start_and 5:0.1
b:stayed_in 5:0.11
b:steering_wheel 3:0.13 5:-0.11
b:sticky_floor 5:0.11
b:still_dark 0:0.15
b:still_had 3:0.13
b:still_not 7:-0.19
b:still_on 7:-0.17 12:-0.13 13:-0.17
b:still_piping 7:0.1
b:still_there 0:0.13
b:still_waiting 0:-0.21 6:0.2 13:-0.12
b:still_wont 5:0.13 9:-0.11
b:stone_cold 0:0.13 7:-0.16
b:stood_there 5:-0.1
b:stopped_using 2:0.14
b:stopped_working 13:0.12
b:story_short 5:0.13 12:0.1
b:straight_away 5:0.1 7:0.11
b:streetlight_outside 7:-0.19
b:strength_of 9:-0.13
b:stuck_to 10:-0.3
b:stuff_and 5:0.11
b:stuff_but 1:0.1
b:such_a 1:0.13
b:summed_up 8:0.11
b:sunday_roast 11:-0.1
b:support_is 0:0.15 5:0.11
b:surgery_is 8:-0.18
b:surgery_on 3:0.14 10:0.2
b:surprised_the 10:0.15
b:swept_up 3:0.19
b:ta_! 3:0.1 10:0.34
b:table_still 3:0.12
b:tables_wiped 10:0.12
b:taking_three 7:-0.1
b:talk_of 8:-0.15
b:talked_about 1:0.14
b:talked_me 6:0.13 12:0.1
b:talked_to 1:0.11
b:tbh_the 5:0.12 12:-0.13
b:tea_was 5:0.11 12:-0.12
b:teacher_is 6:0.12
b:team_are 1:0.14
b:team_still 2:0.11
b:teeth_and 1:0.12
b:tell_her 2:0.11
b:tell_me 1:-0.18 4:-0.12
b:tell_them 2:0.11 13:0.12
b:tell_us 4:0.18 5:0.1 11:0.12
b:tell_you 5:-0.16 6:-0.1
b:telling_me 5:0.21
b:telling_us 0:0.13 12:-0.13
b:tells_us 6:0.11 13:-0.11
b:tells_you 6:0.19 13:0.14
b:ten_minutes 0:0.21 6:-0.11 7:0.3
b:ten_out 12:0.15
b:tenner_for 11:0.35
b:text_saying 13:-0.13
b:than_he 7:-0.1
b:than_my 3:0.11 7:0.11 10:0.12
b:than_once 4:0.12
b:than_the 4:0.19 8:-0.12 9:0.13
b:than_us 5:0.12 12:0.1
b:thank_you 12:0.11
b:thanks_for 13:-0.15
b:that_a 7:0.12
b:that_before 6:0.13 13:0.12
b:that_didnt 9:-0.12
b:that_every 10:-0.1
b:that_for 0:0.12
b:that_half 5:-0.11
b:that_it 1:0.14
b:that_my 2:0.11 9:0.15
b:that_nobody 6:0.12
b:that_the 4:-0.15 5:0.16 6:0.27 9:0.11 10:-0.14
b:that_they 5:0.12 13:0.16
b:that_was 0:-0.37 1:0.16 5:-0.36 9:-0.12
b:thats_been 13:-0.11
b:the_advice 2:0.14
b:the_advisers 2:0.12
b:the_afternoon 3:0.12
b:the_aisles 3:0.12
b:the_angry 13:0.13
b:the_app 1:-0.16 5:0.36 6:0.15 13:-0.14
b:the_appointment 1:0.11 13:-0.1
b:the_assistant 1:0.12
b:the_back 10:-0.11 11:0.17 12:-0.12
b:the_bag 5:-0.13
b:the_band 1:-0.12
b:the_bank 1:0.12 4:-0.1
b:the_banks 5:0.12 6:-0.14
b:the_bar 1:0.12 2:-0.1 5:0.1
b:the_bath 10:-0.19
b:the_bathroom 5:-0.12
b:the_battery 12:0.14
b:the_bell 5:0.11
b:the_best 3:-0.15 4:0.15 5:0.12 12:0.21
b:the_big 2:0.2 11:0.15
b:the_bill 1:0.24 4:0.34 5:0.25 13:0.2
b:the_bin 5:0.21 13:-0.19
b:the_bins 3:0.13 5:0.18 10:-0.14
b:the_bits 5:-0.11
b:the_bloke 0:-0.11 1:0.23 5:-0.13
b:the_box 13:0.13
b:the_brakes 9:0.16
b:the_branch 5:-0.14 7:0.14 9:-0.18
b:the_breakfast 5:0.13 12:0.11
b:the_broadband 6:-0.11
b:the_builders 11:0.12
b:the_building 4:0.1
b:the_burgers 10:-0.14
b:the_burnt 5:0.16
b:the_cable 5:0.15
b:the_caf 5:0.16 6:-0.11
b:the_cake 5:0.27
b:the_call 0:0.16 6:0.1
b:the_car 0:0.36 1:0.17 2:-0.15 3:0.18 6:-0.16 12:-0.22
b:the_card 5:-0.13
b:the_care 5:0.11 12:0.11
b:the_carpet 5:0.12
b:the_cast 5:0.14
b:the_cat 12:0.11
b:the_change 1:0.15 8:0.12
b:the_changing 3:0.11 11:0.14 12:0.15
b:the_chat 6:0.13 13:-0.28
b:the_cheaper 2:0.14 9:0.12
b:the_cheapest 2:-0.11 11:-0.13
b:the_chef 10:-0.15
b:the_childrens 3:0.12
b:the_chips 5:0.11 12:-0.21
b:the_city 5:0.11
b:the_cleaners 2:0.1 3:0.12 5:-0.13
b:the_cleaning 10:0.21
b:the_clutch 5:0.1
b:the_colour 2:0.1
b:the_committee 5:0.11 12:-0.1
b:the_company 1:-0.12 6:0.25 12:-0.11
b:the_complaints 4:-0.12 6:0.13
b:the_complimentary 4:-0.13
b:the_consensus 12:-0.13
b:the_contractors 5:0.11
b:the_cost 5:-0.1
b:the_couch 5:-0.11
b:the_council 0:0.28 7:-0.14
b:the_councils 2:-0.11 5:-0.11 6:0.12 13:-0.15
b:the_counter 1:0.14
b:the_courier 0:0.11 2:-0.11 7:0.12 8:-0.15
b:the_crew 1:0.11
b:the_customer 4:0.1 5:0.13 10:-0.12
b:the_cut 0:-0.12
b:the_cutlery 1:0.12
b:the_damage 6:0.11
b:the_damp 10:0.17
b:the_date 13:0.12
b:the_day 0:-0.12 6:0.2 7:0.13 13:0.12
b:the_dealer 9:0.16
b:the_dentist 6:0.11
b:the_depot 7:-0.11
b:the_desk 2:-0.11 3:0.14 4:0.13
b:the_doctor 6:0.23
b:the_dog 3:0.15
b:the_door 0:0.23 5:-0.12
b:the_doors 7:-0.14
b:the_drive 3:0.15
b:the_driver 0:0.16 1:0.15 6:0.15
b:the_drivers 3:0.11 5:-0.14
b:the_dry 3:-0.11 5:0.21
b:the_eggs 8:0.14
b:the_emergency 7:-0.2
b:the_end 0:0.11 7:-0.1 11:0.11
b:the_engine 2:0.11
b:the_express 0:0.31 5:-0.12 7:-0.22
b:the_extra 2:-0.15 4:0.28 6:0.16 11:0.12
b:the_fees 4:0.11
b:the_final 5:-0.15
b:the_first 3:-0.14 5:0.19 8:0.18
b:the_fish 3:-0.1 5:0.15
b:the_floor 3:0.17 4:-0.11 5:-0.13 11:0.15
b:the_following 0:0.22 7:-0.16
b:the_food 5:0.23 6:-0.11 12:0.28
b:the_form 1:0.13 8:-0.11
b:the_free 12:0.13
b:the_friendliest 1:0.13 8:-0.15
b:the_front 5:0.22
b:the_full 12:0.11
b:the_glass 3:0.11
b:the_gp 0:0.1 1:0.12 9:0.14
b:the_group 6:-0.2 11:0.12 12:0.21
b:the_groups 12:-0.12
b:the_guard 2:0.12
b:the_guy 2:0.12 5:0.16
b:the_hake 9:0.11
b:the_headphones 12:0.13
b:the_headsets 13:0.18
b:the_high 5:-0.15
b:the_hospital 1:-0.13 4:0.16 11:-0.21
b:the_hour 1:0.13 11:0.11
b:the_info 1:0.13 6:-0.15
b:the_inside 3:0.11
b:the_installation 5:0.12
b:the_invoice 4:0.14
b:the_kitchen 3:-0.1 5:0.1 7:-0.12
b:the_knee 5:0.13
b:the_lad 2:0.16 5:0.14 7:0.12 8:-0.14 9:-0.14 12:-0.15
b:the_lady 8:0.22 13:0.14
b:the_lamb 5:0.12
b:the_laptop 9:-0.11
b:the_last 5:-0.17 6:-0.12 10:-0.11
b:the_late 4:0.13
b:the_laundrette 10:0.17
b:the_leaflet 2:0.11
b:the_leak 0:0.16 12:0.14
b:the_leisure 5:-0.11
b:the_letter 6:0.13
b:the_letting 13:-0.16
b:the_library 0:-0.1 3:0.11 8:0.13
b:the_little 4:0.13
b:the_lockers 5:0.17 12:-0.11
b:the_locum 2:0.14
b:the_lowest 0:0.11
b:the_machines 2:0.11 5:0.14 8:0.12 12:-0.13
b:the_main 4:0.14 12:0.16
b:the_man 1:0.13 5:0.24
b:the_manager 0:-0.14 1:0.21 6:0.1
b:the_mats 3:0.12
b:the_mechanic 2:0.18
b:the_middle 5:0.18
b:the_moderator 10:0.15
b:the_monday 7:0.15 12:0.16
b:the_most 4:0.1
b:the_name 2:0.1
b:the_new 0:-0.22 1:-0.18 3:-0.14 4:-0.16 6:-0.11 7:0.12 9:-0.12 11:-0.12 12:0.15 13:0.48
b:the_next 0:0.13 7:0.29
b:the_night 1:0.2 8:0.16
b:the_noise 2:0.11
b:the_odds 11:0.1
b:the_one 0:0.13 3:0.16 5:-0.12
b:the_only 4:-0.11 6:0.15 11:0.1
b:the_operation 13:0.15
b:the_optician 2:0.15
b:the_opticians 1:-0.14
b:the_other 3:0.11
b:the_oven 5:0.12
b:the_owner 4:0.12 5:0.12
b:the_paint 2:0.25 3:-0.12 9:-0.13
b:the_pet 1:-0.12
b:the_pharmacist 0:-0.13 2:0.23 9:0.25
b:the_pharmacy 0:0.13 5:-0.1 9:-0.12
b:the_phone 0:0.15 1:0.14 2:0.19 3:-0.11 4:0.11 5:-0.25 6:0.12 8:-0.11 9:-0.23
b:the_phones 2:0.13 6:-0.1
b:the_photos 5:0.21
b:the_physio 1:-0.15 5:0.27 12:0.2
b:the_pillow 3:0.11
b:the_pilot 6:0.21
b:the_pizza 4:0.11
b:the_place 3:0.16 5:0.15 7:-0.13 10:-0.1
b:the_plane 5:-0.1
b:the_plumber 6:0.1
b:the_policy 0:0.1
b:the_pool 6:0.18 12:-0.14
b:the_post 0:0.15
b:the_practice 2:-0.15 4:0.13
b:the_previous 3:0.12
b:the_price 1:-0.12 4:0.29 11:0.18 12:-0.12 13:-0.15
b:the_prices 4:0.17
b:the_printing 6:0.15
b:the_privilege 11:-0.1
b:the_problem 11:-0.15
b:the_queue 0:0.38 5:-0.2 7:-0.13
b:the_quick 0:0.13
b:the_quote 0:0.11
b:the_ramp 7:-0.14
b:the_rash 2:0.11
b:the_reason 1:0.1
b:the_receptionist 1:0.33
b:the_red 3:0.13 5:0.11 12:0.16
b:the_refit 13:-0.11
b:the_refund 6:-0.11
b:the_removal 5:0.16 8:0.1
b:the_repair 6:0.13 13:0.2
b:the_restaurant 0:0.13 8:0.14
b:the_right 2:0.13 9:0.2
b:the_road 1:-0.18 12:-0.13
b:the_roof 9:0.1 12:0.12
b:the_room 1:0.18 6:0.11 12:-0.1 13:-0.1
b:the_rooms 3:0.12
b:the_router 2:0.16
b:the_sale 5:0.11
b:the_same 7:0.14 8:0.13 10:-0.15
b:the_sandwiches 4:0.12 12:0.11
b:the_screen 5:0.11
b:the_self 5:-0.12
b:the_session 0:-0.12
b:the_shoes 5:0.11 12:-0.11
b:the_shops 8:-0.12
b:the_showers 0:0.13 7:-0.11
b:the_side 5:0.16 12:-0.11
b:the_skirting 11:-0.13
b:the_slides 5:0.1 6:0.11
b:the_sourdough 1:0.1
b:the_spa 4:0.11
b:the_specialist 0:0.1
b:the_staff 1:0.16 5:-0.21 6:-0.16 8:0.13 11:-0.18
b:the_steering 3:0.13 5:-0.11
b:the_store 6:-0.11
b:the_stylist 1:0.12 5:0.13
b:the_suit 0:-0.11
b:the_supermarket 1:0.13
b:the_supervisor 1:0.1
b:the_surgery 0:0.1 2:0.13 5:-0.1 7:0.1 8:-0.17 9:0.1
b:the_system 1:-0.12
b:the_takeaway 5:-0.11
b:the_tap 5:0.16 7:-0.11 12:-0.14
b:the_team 2:0.16
b:the_ticket 1:0.11
b:the_till 2:-0.1
b:the_tills 0:0.14 1:0.21 8:-0.12
b:the_time 0:0.11 2:0.15 5:-0.12 6:-0.23 12:-0.17
b:the_tip 1:0.15 8:0.13
b:the_toilets 0:-0.11 3:0.21 12:0.11
b:the_train 6:0.12 11:-0.23
b:the_treadmills 5:0.1
b:the_two 13:0.1
b:the_tyre 2:0.18
b:the_van 0:0.16 7:0.14
b:the_vet 2:0.11
b:the_vets 6:-0.1
b:the_wait 0:0.37 5:0.17 7:-0.16 8:0.13 12:0.14
b:the_waiter 1:0.15 5:0.1 8:0.15 12:-0.14
b:the_waiting 0:-0.18 2:0.13 3:0.24 9:0.11
b:the_walk 7:-0.11
b:the_ward 9:-0.1
b:the_warranty 0:-0.1 2:0.13
b:the_way 1:0.16 6:0.11 13:0.12
b:the_website 12:0.1 13:-0.2
b:the_wedding 6:0.27 12:0.14
b:the_week 0:-0.13
b:the_weekend 5:-0.1
b:the_wheels 5:0.15 7:-0.14 13:-0.14
b:the_whole 1:0.23 2:0.18 8:-0.11
b:the_wifi 5:0.18
b:the_windows 3:0.11
b:the_woman 0:-0.15 1:0.21 11:0.1
b:the_work 5:0.15
b:the_worn 6:0.15
b:the_wrong 2:0.31 5:-0.17 8:-0.14 9:-0.34
b:the_younger 0:-0.15
b:the_£ 4:0.33 6:0.23 8:0.11 11:-0.22
b:their_conversation 8:-0.12
b:their_credit 5:0.1 6:0.12
b:their_feet 8:0.11
b:their_stuff 2:0.13 9:0.12 13:-0.11
b:them_at 5:0.14 12:-0.1
b:them_in 6:-0.1
b:them_that 0:0.12
b:them_to 6:0.24
b:themselves_were 0:-0.12
b:then_the 2:0.12
b:there_and 1:0.1 6:-0.12 13:-0.14
b:there_was 5:0.13
b:there_were 5:-0.17
b:these_days 5:-0.11
b:they_can 6:0.3 11:0.14 12:0.11
b:they_charged 4:0.13
b:they_come 1:0.12
b:they_cut 2:0.14 5:-0.11
b:they_did 11:0.13
b:they_didnt 1:0.18 5:-0.11 8:0.14
b:they_emailed 6:0.11 13:0.15
b:they_fitted 12:-0.11
b:they_get 3:-0.11 6:-0.12
b:they_had 3:0.1 10:0.14
b:they_have 0:0.17
b:they_never 13:-0.27
b:they_rang 12:0.13
b:they_replaced 5:0.12 12:-0.11
b:they_said 0:0.18 2:-0.11 6:-0.13 7:0.12
b:they_say 2:0.14
b:they_scratched 8:0.1
b:they_sent 6:0.13
b:they_took 4:-0.15 6:0.14
b:they_were 1:-0.13 5:0.12 6:0.15 7:-0.16 9:-0.12 10:-0.14
b:they_would 4:-0.11
b:theyd_said 0:0.1
b:thing_was 7:0.11
b:think_ive 4:0.1
b:think_we 4:0.11
b:this_is 3:-0.1
b:this_lot 7:0.15
b:this_month 6:0.19
b:thorough_and 1:-0.16
b:those_who 0:0.12 5:0.16
b:though_several 8:0.11 13:-0.12
b:though_the 5:-0.16
b:thought_was 3:0.12 5:0.14 12:0.15
b:three_courses 5:0.11 12:0.12
b:three_days 4:0.1
b:three_different 2:0.12 6:0.1
b:three_hours 0:0.21 7:-0.13
b:three_times 6:-0.14
b:three_visits 7:0.26
b:three_weeks 6:0.13 12:-0.22
b:three_winters 12:0.14
b:through_the 6:0.26 12:-0.22 13:0.12
b:through_to 0:0.16
b:thyroid_problem 2:0.13 9:0.14
b:ticket_number 0:0.14 7:-0.1
b:tidy_job 5:0.11
b:time_and 1:0.17 8:-0.12
b:time_i 0:0.17 7:-0.17
b:time_in 5:0.2 12:0.16
b:time_like 1:0.13
b:time_my 7:-0.21
b:time_the 5:0.17
b:time_they 6:-0.14
b:time_to 2:0.14 8:0.19
b:times_and 9:-0.16
b:times_for 0:0.11 1:0.11
b:times_over 6:0.11
b:to_a 1:-0.13 5:0.13 6:0.11
b:to_answer 0:0.12 9:-0.11
b:to_as 1:0.11
b:to_ask 1:0.21 2:0.12 4:-0.15 6:-0.14 9:-0.26
b:to_be 0:-0.14 1:0.13 3:0.18 4:0.25 5:0.19 8:-0.17
b:to_bring 6:0.13
b:to_buy 2:0.11
b:to_call 0:-0.17 6:-0.13
b:to_chase 2:-0.13 6:0.11 13:0.15
b:to_check 6:0.13 9:0.18 13:0.12
b:to_come 0:0.11 6:-0.11
b:to_complain 3:0.12
b:to_emails 5:0.1 12:0.15
b:to_explain 1:-0.15 2:0.17 6:0.25
b:to_find 0:-0.11 6:0.17 13:-0.18
b:to_fix 7:0.13
b:to_follow 6:0.14
b:to_get 7:-0.2 11:-0.22
b:to_go 0:0.1 1:-0.13 7:-0.11 11:0.12 12:-0.16
b:to_her 2:0.1
b:to_keep 1:0.14 8:0.27 11:0.15
b:to_know 9:-0.16
b:to_look 2:-0.1
b:to_make 8:0.11
b:to_malaga 5:0.11
b:to_manchester 11:-0.26
b:to_me 9:-0.15
b:to_my 0:-0.13 1:0.25 2:-0.1 5:-0.15 8:-0.11
b:to_one 12:0.1
b:to_park 0:-0.14 4:0.11
b:to_pay 11:0.16
b:to_read 1:0.2 2:-0.11 6:0.23
b:to_ring 0:-0.12 13:-0.12
b:to_say 2:-0.15 6:0.21 7:-0.2 8:0.1
b:to_see 0:0.12 10:-0.13
b:to_sell 6:-0.13
b:to_start 5:0.11
b:to_take 0:0.15 2:0.11
b:to_tell 2:0.19 6:0.21
b:to_the 0:0.31 1:0.25 6:-0.27 10:-0.11 12:0.2
b:to_their 8:-0.13
b:to_them 7:-0.12 11:0.16
b:to_three 13:-0.14
b:to_under 7:0.15
b:to_upsell 1:0.19
b:to_us 0:0.19 6:-0.27
b:to_use 2:0.19
b:to_wipe 3:0.12
b:to_work 2:0.12
b:to_write 1:-0.12 5:-0.13
b:to_zero 10:0.18
b:to_£ 4:-0.2 6:0.12 13:-0.1
b:toilets_are 5:0.11
b:toilets_have 10:0.14
b:told_about 6:0.15
b:told_i 2:0.13
b:told_it 2:0.14
b:told_me 2:0.39 4:-0.27 6:-0.19 8:-0.15 13:-0.12
b:told_off 0:-0.15
b:told_the 1:0.15 10:-0.11
b:told_three 6:0.11
b:told_to 6:-0.11
b:told_us 0:-0.11
b:too_bad 7:0.12
b:too_cold 12:0.2
b:too_long 1:0.11
b:took_a 0:0.21 2:0.1 4:-0.2
b:took_about 7:0.14
b:took_her 0:-0.14
b:took_my 8:0.11
b:took_the 1:-0.1 4:0.19
b:took_three 0:-0.13
b:took_two 1:0.12
b:top_of 1:-0.13 6:0.2
b:town_but 11:-0.15
b:tr_s 4:0.23 5:0.13
b:tracking_said 6:0.12
b:train_was 0:0.11
b:training_on 2:0.13
b:travel_agent 2:0.11
b:treat_to 5:0.11
b:treat_you 8:-0.13
b:tried_the 5:0.13 12:-0.12
b:trim_and 5:0.12
b:try_to 1:0.16 8:0.18
b:trying_to 8:-0.12
b:tuesday_and 13:-0.12
b:tuesday_lunchtime 7:0.15
b:turn_up 0:-0.11 5:0.12
b:turned_out 0:-0.11
b:turned_up 0:0.47 2:-0.13 6:0.18 11:0.12 12:0.15
b:twenty_minutes 0:0.19 1:0.11 2:0.17 12:0.11
b:twenty_years 3:-0.1
b:twice_as 11:-0.1
b:twice_before 3:0.1
b:twice_for 0:-0.12
b:twice_in 4:0.16
b:two_courses 11:0.11
b:two_days 4:-0.14 5:0.2 7:0.24 13:0.12
b:two_different 2:0.11
b:two_for 5:0.12 12:0.16
b:two_hour 6:0.1 13:0.11
b:two_hours 6:0.3 13:-0.18
b:two_minutes 0:-0.13
b:two_of 0:0.1 11:0.11
b:two_participants 0:0.11 5:-0.13
b:two_weeks 0:0.13
b:two_years 9:-0.1
b:u_get 11:0.11
b:unable_to 0:0.11
b:under_the 5:0.1
b:understand_the 13:0.14
b:until_i 12:-0.13
b:up_after 3:0.24 5:0.19 7:0.16 10:0.11 12:0.3
b:up_again 4:0.14 11:-0.14
b:up_and 11:-0.13
b:up_at 0:0.14 1:0.11 8:-0.1
b:up_in 7:0.15 10:0.13
b:up_my 7:0.12 11:0.17
b:up_queuing 12:-0.11
b:up_the 4:-0.13 8:0.11 10:0.22 12:0.2
b:up_to 4:-0.16 12:-0.12 13:0.12
b:up_within 2:0.1 5:-0.11
b:updated_every 6:0.12 13:0.14
b:updated_them 13:-0.11
b:upgrade_and 12:-0.1
b:upsell_me 1:0.16
b:us_a 1:0.17 8:0.14 12:-0.11
b:us_asking 5:0.16 12:-0.11
b:us_either 2:0.11
b:us_feel 0:-0.1
b:us_honestly 9:0.1
b:us_in 7:-0.21
b:us_our 11:0.15
b:us_round 0:-0.14 1:0.11
b:us_the 2:-0.12 5:0.1 6:0.2 12:-0.17
b:us_to 13:-0.15
b:us_updated 6:0.16 13:0.18
b:us_were 1:0.12
b:use_again 2:0.12
b:use_the 5:-0.14
b:valued_the 11:0.11
b:very_apologetic 0:0.1 3:0.12 10:0.1
b:very_much 8:0.12
b:vet_didnt 1:-0.11
b:vet_nurse 0:-0.11
b:view_of 12:-0.13
b:vivaldi_on 0:0.11
b:wait_at 7:0.14
b:waited_in 0:0.11
b:waiter_was 1:0.14
b:waiting_area 3:0.2 5:0.11
b:waiting_for 13:-0.11
b:waiting_list 1:-0.11
b:waiting_room 1:-0.16 3:0.1 5:-0.2 10:0.11
b:walk_out 0:0.11
b:walked_round 8:-0.1
b:walking_past 0:0.11 1:0.11
b:want_to 0:0.14
b:war_super 12:0.1
b:warm_too 5:0.12
b:was_a 0:0.16 1:0.26 2:0.16 3:0.11 4:0.12 5:0.14 9:0.11 13:-0.14
b:was_about 6:-0.1
b:was_amazin 3:0.12 10:-0.12
b:was_an 11:0.15
b:was_apologetic 6:-0.12
b:was_cancelled 6:0.11
b:was_clean 10:0.13
b:was_delivered 8:-0.12
b:was_double 0:0.11
b:was_easy 5:0.11
b:was_excellent 9:0.11
b:was_filthy 3:0.17 10:-0.11
b:was_fine 1:-0.34 4:-0.13 5:-0.17 6:-0.12 7:-0.11
b:was_full 0:-0.13
b:was_given 2:0.11
b:was_great 1:0.19 12:0.16
b:was_immaculate 3:0.12 10:0.1
b:was_impossible 3:0.12 12:0.14
b:was_in 5:0.18 7:0.1 12:-0.14
b:was_lovely 1:0.29 5:-0.22 8:0.23
b:was_missing 1:-0.11
b:was_my 1:0.1 8:-0.1
b:was_nice 0:0.11 4:-0.11 8:0.13
b:was_no 5:0.1
b:was_nothing 5:0.11
b:was_ok 3:-0.13 7:0.11
b:was_out 9:0.12
b:was_over 0:-0.11
b:was_overcooked 8:0.1
b:was_patient 0:0.12
b:was_polite 0:0.1 6:0.1
b:was_praised 3:0.1
b:was_promised 5:-0.14
b:was_proper 12:0.11
b:was_quick 1:0.12
b:was_ready 0:0.13 5:0.13 6:0.13 12:0.1 13:-0.11
b:was_rough 5:0.15 12:-0.11
b:was_so 1:0.15 2:-0.11 5:-0.2 13:0.13
b:was_some 8:-0.14
b:was_sound 1:0.16 6:0.15
b:was_spoken 1:0.11
b:was_spot 0:-0.11
b:was_spotless 0:-0.12 3:0.15
b:was_still 1:-0.14 7:-0.17 13:-0.15
b:was_stress 9:0.11
b:was_stunning 5:0.14 12:0.1
b:was_supposedly 1:0.11
b:was_that 1:0.16 4:-0.14
b:was_the 3:0.13 6:0.27 7:0.13 10:0.12 12:0.2
b:was_thorough 1:-0.12
b:was_told 3:-0.11 7:-0.14
b:was_two 5:0.1
b:was_up 11:-0.1
b:was_very 9:0.11 11:-0.11
b:was_well 9:0.11
b:was_£ 3:0.12 4:0.14 5:-0.15 11:0.14 12:-0.1
b:wasnt_too 7:0.12
b:water_company 0:0.12
b:way_the 1:0.13
b:way_to 8:0.11
b:we_brought 10:0.15
b:we_charge 4:0.11
b:we_dont 6:0.14
b:we_get 6:-0.1
b:we_got 7:0.27
b:we_had 0:-0.18 12:-0.1
b:we_look 6:0.11
b:we_paid 12:-0.14
b:we_started 3:0.18
b:we_waited 1:0.11
b:we_went 0:0.12 6:-0.11
b:we_were 0:0.17 2:0.14
b:wedding_invites 6:0.17 13:0.15
b:week_after 0:0.12
b:week_before 0:-0.1
b:week_job 0:0.15
b:week_late 6:0.11
b:weeks_and 7:-0.2
b:weeks_to 0:0.15 5:-0.16
b:well_be 1:-0.12
b:well_have 6:0.1
b:well_lit 5:-0.12
b:well_packed 5:0.12
b:went_at 5:0.11
b:went_back 5:0.11 6:-0.1
b:went_in 0:-0.1 7:-0.11 11:0.11 12:-0.18
b:went_out 8:0.12
b:went_round 6:-0.1
b:went_through 6:0.16 13:0.18
b:went_to 0:0.13 2:0.1 6:-0.22 13:-0.22
b:went_up 4:-0.25 6:0.11
b:were_all 1:-0.15 3:-0.12
b:were_asked 2:-0.12
b:were_clear 13:0.1
b:were_cut 0:0.13
b:were_dead 3:0.12
b:were_described 0:0.12 2:0.12 10:0.11
b:were_fine 2:0.13 8:-0.19
b:were_given 9:0.1
b:were_hard 5:0.11
b:were_like 10:-0.11
b:were_lovely 12:-0.12
b:were_mixed 12:0.14
b:were_on 0:0.16
b:were_praised 1:0.12 11:0.14
b:were_rated 0:-0.1
b:were_rubbery 8:0.14
b:were_said 5:0.1
b:were_still 0:0.11 3:-0.13 5:0.2 11:0.11
b:were_the 0:-0.12 4:0.24
b:were_told 6:0.19
b:were_worn 5:-0.11
b:weve_been 10:-0.1
b:weve_got 2:0.1
b:what_a 11:-0.2 12:-0.47
b:what_an 1:-0.11 9:-0.2
b:what_he 12:0.11
b:what_i 9:0.1 11:0.11
b:what_it 5:-0.11 11:-0.15
b:what_the 11:0.12 12:0.1
b:what_they 6:0.17 11:0.13
b:what_theyre 4:-0.17
b:what_to 13:0.12
b:what_was 5:-0.16 6:0.15
b:what_we 5:0.13
b:what_would 13:0.12
b:what_youd 1:-0.15 5:-0.11
b:whats_going 6:0.14
b:when_asked 1:-0.14
b:when_customers 6:0.13
b:when_dad 2:0.12
b:when_he 2:-0.12 4:0.11 5:0.16 11:-0.11
b:when_i 0:0.16 1:0.52 5:0.15 6:-0.3 8:-0.24 9:-0.11 12:-0.15
b:when_it 4:0.1 12:-0.14 13:-0.12
b:when_its 0:-0.14 6:0.18
b:when_my 5:0.19
b:when_the 1:-0.32 2:0.15 5:-0.11 6:0.16 11:-0.1 13:0.14
b:when_their 6:0.12
b:when_they 13:-0.21
b:when_we 13:-0.14
b:where_anything 9:-0.11
b:where_else 11:0.14
b:where_it 6:0.13
b:where_the 6:0.12
b:where_their 6:0.18
b:whether_i 2:0.1
b:whether_the 0:-0.15 1:-0.12 2:0.12 5:-0.18 6:-0.12 9:-0.12 13:-0.11
b:whether_they 10:-0.11
b:which_customs 1:0.12
b:which_days 2:-0.1
b:which_dishes 2:0.11
b:which_end 2:0.11
b:which_i 3:0.13
b:which_is 0:-0.13 6:0.16 13:-0.13
b:which_nobody 4:0.1
b:which_they 1:-0.1
b:which_two 11:-0.12
b:which_was 5:-0.11
b:while_i 0:0.21 7:0.21 11:0.2
b:while_you 0:0.11
b:who_actually 2:0.15 9:0.1
b:who_eventually 5:0.1
b:who_had 0:0.21 7:-0.17 9:-0.12
b:whole_thing 7:0.11
b:whole_time 1:0.29 2:0.11 5:0.13 8:-0.12
b:why_i 6:0.11
b:window_and 7:0.16
b:wine_stain 5:0.12
b:wiped_the 10:0.12
b:with_a 2:-0.19 6:0.15 7:0.11 10:-0.11 12:-0.1
b:with_customers 1:0.14
b:with_her 1:0.12
b:with_me 0:-0.16
b:with_my 0:-0.11 5:-0.28 6:-0.16
b:with_no 6:0.32
b:with_our 1:0.12
b:with_that 4:0.15 11:0.22
b:with_the 1:-0.33 2:0.32 9:0.12 10:-0.14
b:with_them 1:0.22 4:-0.14
b:within_24 0:-0.21
b:within_48 5:0.13 7:-0.12
b:within_5 0:0.13
b:within_a 0:0.25 5:0.14 12:-0.23
b:within_ten 7:0.1
b:within_the 1:0.14
b:without_us 5:0.16 12:-0.11
b:woman_at 0:-0.12 11:0.12
b:woman_on 1:0.14
b:work_if 0:-0.12 5:-0.17
b:work_on 5:0.21
b:work_the 5:-0.12
b:work_with 0:-0.13
b:working_after 13:0.12
b:working_days 0:0.17 7:-0.16
b:worn_pads 6:0.14
b:worth_every 4:0.12 11:0.15
b:worth_it 3:-0.11 11:-0.26
b:worth_the 4:0.14 5:0.25 11:0.11 12:0.14
b:would_be 1:-0.14 2:-0.1 10:-0.13 13:-0.12
b:would_happen 13:0.12
b:would_have 13:-0.14
b:would_use 2:0.12
b:would_work 0:-0.13
b:wouldnt_take 0:-0.11 1:0.12
b:write_home 1:-0.11
b:wrong_and 6:-0.1
b:wrong_date 6:0.11
b:wrong_day 5:-0.11
b:wrong_information 2:0.12
b:wrong_strength 9:-0.15
b:year_and 8:0.12
b:you_can 4:0.14 12:-0.14
b:you_could 3:0.13 10:0.15
b:you_get 5:0.16 11:0.16
b:you_like 8:-0.16
b:you_pay 5:0.16
b:you_the 13:0.11
b:you_to 1:-0.16
b:you_which 2:0.11
b:younger_members 8:0.11
b:£_12 4:0.11 5:0.19
b:£_120 5:0.12
b:£_15 6:-0.11 7:0.11
b:£_18 4:0.15 6:0.21 11:-0.11
b:£_180 5:0.15 11:-0.2
b:£_19 11:0.13
b:£_2 0:-0.17 5:-0.18 13:0.13
b:£_20 4:-0.15
b:£_22 6:0.13 11:-0.11
b:£_30 11:0.13 13:0.17
b:£_300 4:0.1
b:£_340 6:0.1 13:-0.11
b:£_35 3:0.11 11:0.14
b:£_350 12:-0.11
b:£_38 12:-0.15
b:£_4 6:0.1 11:-0.29
b:£_40 5:-0.11
b:£_400 5:-0.1
b:£_45 0:0.28 4:0.12
b:£_5 6:0.11
b:£_60 5:0.13 6:-0.11 12:-0.11
b:£_65 4:0.1
b:£_7 12:0.11
b:£_70 4:0.16
b:£_8 0:-0.1
b:£_9 4:0.12 5:-0.14
b:£_90 3:-0.12
b:£_95 11:-0.12
le:communication 6:0.14 13:-0.14
le:product-quality 2:0.1 5:0.14 12:-0.1
le:staff-attitude 1:0.24 8:-0.31
ln:cleanliness 0:-0.63 1:-0.34 2:-0.14 3:1.89 4:-0.19 5:-0.31 6:-0.46 10:-2.89 11:-0.23 12:-0.27
ln:communication 0:-0.1 1:-0.21 2:-0.31 4:-0.2 5:-0.15 6:1.37 7:-0.62 9:-0.19 11:-0.31 12:-0.14 13:-2.4
ln:knowledge 0:-0.19 1:-0.37 2:1.41 3:-0.28 4:-0.37 5:-0.16 6:-0.26 7:-0.16 9:-2.49 12:-0.29 13:-0.36
ln:price 0:-0.33 2:-0.4 4:1.72 11:-3 12:-0.14 13:-0.27
ln:product-quality 0:-0.22 1:-0.15 4:-0.3 5:1.35 9:-0.38 10:-0.21 11:-0.13 12:-3.17 13:0.18
ln:staff-attitude 0:-0.48 1:1.71 2:-0.35 3:-0.28 4:-0.43 6:-0.71 7:-0.1 8:-3.37 9:0.12 13:-0.33
ln:waiting-time 0:1.27 2:-0.22 3:-0.28 4:-0.47 5:-0.18 7:-3.03 8:0.15 9:-0.14 10:-0.17 11:-0.13 12:0.15 13:-0.62
lp:cleanliness 0:0.15 2:-0.18 3:2.08 6:-0.22 8:0.11 10:3.22 12:0.41
lp:communication 0:-0.4 3:-0.42 5:-0.23 6:1.77 7:0.43 8:0.53 9:0.79 11:0.28 12:0.15 13:2.49
lp:knowledge 0:-0.22 1:-0.14 2:2.08 3:-0.18 5:-0.27 6:-0.27 7:0.16 8:0.1 9:2.76 12:0.66 13:0.13
lp:price 1:-0.18 3:-0.26 4:2.1 5:0.15 6:-0.52 7:0.4 8:0.25 9:0.22 11:3.21 12:0.55 13:0.34
lp:product-quality 2:-0.29 4:0.33 5:1.52 6:-0.29 7:0.21 8:0.19 9:0.32 10:0.27 11:0.33 12:3.1
lp:staff-attitude 0:0.21 1:1.89 3:0.14 4:0.22 5:0.15 6:0.17 7:-0.13 8:3.17 9:0.15 10:0.18 11:0.18 13:0.31
lp:waiting-time 0:1.78 1:-0.2 2:-0.23 5:-0.19 6:-0.34 7:3.26 9:0.15 10:0.27 12:0.5 13:0.3
lt:cleanliness 0:-0.48 1:-0.31 2:-0.32 3:3.86 4:-0.11 5:-0.24 6:-0.68 8:0.15 11:-0.13 12:0.14
lt:communication 0:-0.52 1:-0.27 2:-0.25 3:-0.46 4:-0.21 5:-0.43 6:3 7:-0.17 8:0.5 9:0.59 13:0.23
lt:knowledge 0:-0.41 1:-0.51 2:3.48 3:-0.46 4:-0.31 5:-0.42 6:-0.53 9:0.34 12:0.36 13:-0.19
lt:price 0:-0.37 1:-0.22 2:-0.39 3:-0.32 4:3.79 6:-0.47 7:0.41 8:0.29 9:0.29 11:0.19 12:0.34
lt:product-quality 0:-0.23 2:-0.41 5:2.73 6:-0.38 7:0.21 8:0.13 11:0.2 13:0.12
lt:staff-attitude 0:-0.32 1:3.36 2:-0.31 3:-0.13 4:-0.17 5:0.15 6:-0.51 7:-0.2 8:0.12 9:0.28 10:0.15 11:0.17 12:-0.12
lt:waiting-time 0:3.03 1:-0.22 2:-0.45 3:-0.24 4:-0.47 5:-0.39 6:-0.25 7:0.18 8:0.16 10:0.1 11:-0.13 12:0.64 13:-0.32
n:! 12:0.31
n:a 0:0.16 1:0.18 4:-0.15 5:0.3 6:-0.27 7:0.13 9:-0.19 10:0.22 12:0.12 13:-0.14
n:about 2:0.21 4:-0.14 9:-0.23
n:after 7:-0.18
n:again 12:-0.11
n:an 5:-0.1
n:and 0:-0.19 1:-0.15 5:0.25
n:answer 0:-0.1 2:0.13 9:-0.13
n:any 0:0.18 2:0.1
n:anyone 6:-0.11
n:anything 8:-0.17 9:-0.13 12:-0.1 13:-0.12
n:argue 4:0.19 11:0.32 12:0.11
n:asking 5:0.2 8:0.11 11:0.11
n:at 2:0.14 6:-0.11 7:0.18 8:0.26
n:back 0:-0.11 1:-0.14 2:-0.17 6:0.23
n:bad 0:0.12 7:0.14
n:be 7:0.12
n:because 12:-0.11
n:been 0:-0.11 2:-0.13 6:-0.22 9:-0.12
n:before 0:-0.13 6:0.18 13:0.11
n:believe 0:0.13 6:-0.11 7:0.19
n:between 3:0.15
n:bothered 8:-0.2
n:call 0:0.2
n:called 6:0.12
n:came 6:0.17
n:can 11:0.13
n:cared 1:0.12 8:-0.12 12:0.14
n:charge 5:-0.1 7:0.13 11:0.22
n:cheap 3:-0.11 4:0.22 5:0.18 9:0.1 11:-0.45 12:0.27
n:cheapest 11:-0.26
n:chips 12:0.14
n:claims 4:0.16
n:clean 2:0.11
n:cleaned 0:0.1 3:0.11 10:-0.14
n:clients 2:0.11
n:close 12:-0.12
n:clue 2:0.26 6:-0.12 9:-0.2
n:company 6:0.1
n:complain 11:0.12
n:complaining 11:0.2
n:could 2:-0.14
n:crumb 10:0.11
n:difference 4:0.13 11:-0.12 12:-0.11
n:discount 4:0.14
n:do 5:0.12 8:0.14 12:-0.1
n:drop 4:-0.15 12:0.14
n:either 1:-0.19 2:0.1
n:else 9:0.12
n:email 5:0.1 7:-0.12
n:enough 8:0.15
n:even 1:0.26 2:0.13 8:-0.28
n:ever 6:0.13 9:0.12 11:0.16
n:exactly 5:-0.14
n:extra 0:-0.11 11:0.11
n:feel 1:0.1 5:-0.1
n:felt 0:0.11
n:find 11:-0.12
n:fixed 7:-0.18
n:for 2:-0.11 4:0.12 7:0.2 11:0.19 12:-0.22 13:0.19
n:free 0:0.11
n:friendliest 1:0.13 8:-0.15
n:from 11:0.1
n:fuss 6:0.18 13:0.2
n:get 1:0.14 2:-0.11 12:0.11
n:giving 5:0.12 8:0.13
n:going 6:0.1
n:good 8:0.11 13:0.11
n:got 6:0.19
n:group 12:0.12
n:had 1:-0.18 6:0.25 7:0.14 13:0.25
n:have 13:0.19
n:he 12:-0.12
n:hear 13:0.14
n:hello 12:0.14
n:her 0:-0.16
n:home 1:-0.11
n:how 9:-0.12 11:0.11
n:i 4:0.11 8:-0.11 9:0.16
n:idea 9:-0.11
n:in 2:-0.13 4:0.1 7:0.2
n:it 0:0.24 4:-0.12 7:0.21 12:0.11
n:ive 4:0.14
n:know 1:-0.1 2:0.28 9:-0.35 11:0.21 13:-0.1
n:knows 2:-0.12
n:less 1:0.11 8:-0.14
n:let 12:0.15
n:listen 5:0.14 13:-0.14
n:looked 2:0.11
n:made 0:-0.13 12:0.1
n:me 0:0.19 1:0.35 3:-0.12 12:0.11 13:-0.16
n:mentioned 4:0.17 6:0.13 12:0.1
n:mind 3:-0.11
n:missed 5:0.2 12:0.18
n:more 7:0.13
n:much 3:0.13
n:my 5:0.28 12:-0.18
n:need 2:0.19 9:0.3
n:new 2:0.16
n:of 5:-0.15 6:-0.15 10:0.11
n:often 11:0.13
n:on 0:0.11 4:0.14 7:0.14
n:once 0:-0.12 1:0.2 7:0.33 9:0.13 11:0.12
n:one 0:-0.16 2:-0.14 4:-0.11 6:0.26 13:-0.21
n:open 5:0.1
n:or 8:-0.2
n:order 5:0.11
n:our 0:0.12 6:0.11 7:-0.11
n:over 5:0.13 12:0.11
n:pressure 1:0.14
n:problem 8:-0.15
n:properly 2:0.12 9:-0.11 13:-0.11
n:queue 7:0.11
n:quibble 7:0.16
n:quibbles 13:0.13
n:rang 6:0.11 13:-0.13
n:really 12:-0.14 13:-0.13
n:reason 6:-0.1
n:reply 0:-0.17
n:rude 1:-0.1 5:-0.19 6:-0.16 8:-0.13
n:rush 0:0.17
n:said 5:0.11 12:0.1
n:say 0:0.23 1:0.12 5:-0.12 7:-0.12 8:-0.17 13:-0.17
n:see 3:-0.12 5:0.12
n:seem 2:0.1 9:-0.11
n:sell 8:0.11
n:she 5:0.13 12:0.11
n:show 0:0.11
n:since 13:-0.13
n:single 0:-0.14 6:0.13 13:-0.11
n:so 12:-0.13
n:speck 10:0.1
n:start 9:-0.11
n:still 7:-0.19
n:surprises 4:-0.12
n:take 1:0.14 8:-0.1
n:tell 2:0.26 3:-0.13 12:0.17 13:-0.29
n:that 1:0.19 3:-0.14 4:0.18 7:0.15 8:0.13 11:0.21 12:-0.14
n:the 0:0.34 1:-0.21 4:0.32 5:0.23 7:0.11 8:-0.2 9:-0.12 11:-0.24 13:-0.31
n:their 4:-0.1 8:-0.12
n:them 2:0.15 3:-0.14 5:0.19 9:-0.17 13:-0.1
n:they 2:-0.12 13:-0.14
n:think 4:0.13
n:this 2:0.11
n:three 7:0.25
n:to 1:0.11 4:-0.13 5:-0.18 6:0.34 7:-0.13 8:0.15 9:-0.2 12:-0.17
n:told 6:0.13 13:-0.1
n:too 7:0.12
n:try 1:0.12 8:0.14
n:turn 0:-0.16 5:0.33
n:understand 5:-0.1 6:0.13
n:until 13:-0.1
n:up 5:0.18 12:0.11
n:updated 13:-0.16
n:us 0:-0.13 6:0.18 8:0.15 12:-0.11
n:wait 0:0.13
n:want 0:0.11 1:0.11
n:was 0:-0.18 5:-0.11 6:-0.14 8:0.1 11:0.11
n:we 5:0.16
n:what 0:-0.11 4:-0.12 5:-0.39 9:-0.13 13:-0.13
n:whats 6:0.13
n:when 5:0.3 6:0.22 13:-0.12
n:where 9:-0.11
n:whether 5:-0.18
n:why 13:-0.12
n:with 2:0.1 4:0.13 11:0.23 12:0.11
n:worth 5:0.1
n:wot 2:0.13
n:write 0:-0.1
n:you 5:-0.13 11:0.1
n:youd 5:-0.11
s:! 1:-0.19 2:-0.26 4:0.23 5:0.11 6:-0.16 10:0.4 12:0.7
s:$ 8:-0.12
s:% 4:0.22
s:02 7:0.11
s:1 1:-0.11 5:-0.17 6:0.2 7:0.14 13:-0.18
s:10 0:0.21 1:-0.2 3:-0.13 4:-0.11 7:0.16 9:-0.15 13:-0.11
s:100 5:-0.11
s:12 0:0.3 4:0.11 5:0.15
s:120 5:0.12
s:14 3:0.11 5:0.19 6:-0.11 7:-0.21
s:140 4:0.12 11:-0.12
s:15 4:0.11 11:0.13
s:18 4:0.15 6:0.21 11:-0.11
s:180 5:0.14 11:-0.2
s:19 11:0.13
s:2 0:0.34 2:-0.13 3:-0.18 7:-0.13 10:0.14 11:0.11 13:0.18
s:20 0:0.3 1:-0.19 5:-0.19 10:0.11 11:0.12
s:2019 0:0.1
s:22 5:-0.11 6:0.12 11:-0.12
s:24 7:0.17 11:-0.1
s:3 0:0.44 1:-0.11 3:-0.14 6:-0.18 9:-0.23 12:0.25 13:-0.16
s:30 1:0.11 5:-0.26 13:0.14
s:300 8:0.15
s:340 6:0.1 13:-0.11
s:35 0:0.1 3:0.11 11:0.16
s:350 12:-0.11
s:38 12:-0.36
s:4 0:0.36 3:-0.2 5:-0.16 6:0.11 7:-0.3 11:-0.32
s:40 0:0.14 2:0.13 4:0.13 12:-0.15 13:-0.2
s:400 5:-0.11
s:45 0:0.35 4:0.21 7:-0.14 11:-0.23
s:48 4:0.14 5:0.22 11:-0.16
s:5 0:0.22 11:0.21 12:0.12
s:50 0:0.2 4:0.12 6:0.14 7:-0.27 11:-0.21 13:-0.11
s:500 5:0.13 12:-0.15
s:6 0:0.25 1:-0.11 6:0.18 7:-0.25
s:60 5:0.12 11:-0.14
s:65 4:0.13
s:7 0:0.26 11:0.11 13:-0.23
s:70 4:0.17 11:-0.11
s:8 0:0.2 5:0.19 6:-0.14 7:-0.11 12:0.24
s:80 4:0.17 5:0.11 11:-0.15 12:-0.13
s:800 4:-0.11
s:9 4:0.13 5:-0.17
s:90 0:0.14 3:-0.14 7:-0.14
s:99 0:0.12 4:0.12
s:? 0:-0.15 1:-0.18 5:-0.35 7:-0.29 11:-0.14 13:-0.13
s:a 0:-0.15 3:-0.27 5:0.16 6:-0.17 8:-0.19 10:-0.17 13:-0.11
s:about 2:0.23 4:-0.42 5:-0.1 6:0.11 9:-0.15 10:0.21 13:-0.19
s:absolute 2:-0.12 4:0.18 6:0.18 7:0.11
s:acceptable 11:-0.13
s:account 0:0.12 5:-0.15 6:0.23 7:0.18 9:-0.12
s:acted 1:0.25 8:-0.21
s:actual 4:-0.1 6:0.16 7:0.11 8:0.25 9:0.17 10:0.14 11:0.12 12:0.37 13:0.55
s:address 8:-0.12
s:adjustment 6:0.1
s:advertis 12:-0.13
s:advice 2:0.4 9:-0.14
s:adviser 0:-0.13 2:0.24
s:advisor 2:0.1 7:-0.16 13:-0.14
s:after 0:0.14 3:0.18 4:-0.16 5:0.33 6:0.12 10:0.21 13:0.13
s:afternoon 3:0.17 10:-0.15
s:afterward 1:0.12 7:0.11
s:again 1:-0.11 2:-0.12 5:0.33 6:-0.17 7:-0.17 12:-0.15
s:against 2:0.13
s:agent 5:-0.23 6:0.13 9:-0.22 13:-0.2
s:ages 0:0.11 7:-0.18 11:-0.11
s:ago 6:0.14
s:agre 0:-0.13 5:0.3 6:0.16 8:0.12
s:agree 5:-0.1
s:ahead 0:0.2
s:air 10:0.17
s:aisle 3:0.15
s:alarm 5:-0.14
s:all 1:0.23 2:0.25 3:0.11 4:-0.2 6:-0.21 8:0.15 13:0.18
s:allowance 2:0.11 9:-0.13
s:almost 0:0.13 4:-0.1 6:-0.12 10:0.16
s:already 4:0.11 5:0.12 6:0.18 9:-0.12 13:-0.18
s:also 2:0.11 4:0.11 12:0.1
s:alteration 5:0.15 12:0.14
s:alway 0:0.14 1:0.18 2:-0.15 3:0.15 5:-0.14 7:0.14 8:0.23 10:0.18
s:am 7:-0.12
s:amaz 3:0.12
s:amazin 3:0.11 10:-0.12
s:amount 5:-0.11
s:an 0:0.19 2:0.23 3:0.11 4:0.16 5:-0.28 10:0.2
s:and 2:0.36 3:0.27 5:0.12 6:0.17 8:0.22 9:0.42 10:0.11 11:0.3 13:0.34
s:angry 6:0.11
s:animal 2:0.14 10:0.15
s:announcement 6:0.12
s:annual 12:-0.11
s:another 1:-0.2 3:-0.12 12:-0.11
s:answer 1:0.21 2:0.78 3:-0.11 4:-0.23 5:-0.26 6:-0.18 8:0.2
s:any 0:0.15 2:0.23 4:-0.15 5:-0.35
s:anyone 4:-0.12 5:-0.24 8:-0.12 10:0.14
s:anyth 0:-0.17
s:anyway 5:0.11 12:-0.1
s:anywhere 7:0.14 10:0.12 11:0.15
s:apart 4:-0.1
s:apologetic 0:0.11 1:0.13 3:0.14 5:0.16
s:apologis 5:0.15 6:0.1
s:app 1:-0.13 2:-0.18 5:0.34 6:0.34
s:appointment 0:0.18 6:0.19 9:0.14 13:-0.19
s:appreciat 6:0.23 13:-0.13
s:apps 12:-0.11
s:april 5:-0.12
s:are 3:0.17 5:0.22 10:-0.31 11:-0.22 13:-0.18
s:area 3:0.2
s:argue 4:0.19 11:0.32 12:0.11
s:arm 5:0.1
s:around 2:0.16
s:arrangement 12:0.15
s:arriv 0:0.49 5:0.28 6:0.27 7:0.12
s:arrive 0:0.13 7:0.16 8:0.14
s:as 1:0.41 4:0.11 8:-0.14 10:0.17 11:0.16 12:0.12
s:ask 0:-0.11 1:0.22 2:0.29 3:-0.12 9:-0.38 13:-0.16
s:asked 0:-0.3 2:0.31 3:-0.32 4:-0.28 5:-0.2 6:-0.24 9:-0.29 13:-0.19
s:asking 0:-0.12 1:0.15 4:0.12 12:-0.13 13:0.11
s:asks 2:0.11
s:asleep 1:0.11 8:-0.16
s:assistant 1:0.13 12:0.16 13:-0.19
s:at 0:0.36 1:0.18 2:-0.15 3:-0.18 5:-0.22 7:0.2 9:0.13 10:0.1 12:0.2
s:ate 1:0.12
s:attentive 5:0.11
s:august 0:0.1 7:-0.18 12:-0.12
s:autism 2:0.11
s:average 7:0.12
s:away 0:0.17 7:0.12
s:back 0:-0.27 2:-0.3 5:0.41 6:0.22 7:0.17 8:-0.13 10:-0.23 12:-0.25 13:-0.23
s:backward 2:0.12
s:bad 1:-0.1 7:0.12 11:-0.15 12:-0.24
s:bag 0:0.16 5:-0.15 12:0.33
s:bags 11:-0.24
s:baked 5:0.11
s:bakery 5:0.17 12:0.14
s:balayage 2:0.11
s:band 1:-0.23 4:0.16
s:bang 7:0.11
s:bank 3:-0.11 6:-0.14 7:-0.11 9:-0.15
s:bar 1:0.24 2:-0.17
s:barber 3:0.11
s:bare 13:-0.12
s:bargain 4:0.17 11:-0.18
s:basket 5:-0.11
s:bath 10:-0.19
s:bathroom 1:-0.11 2:0.11 3:0.27 5:-0.18 10:-0.11
s:battery 12:0.14
s:be 0:0.17 1:-0.14 4:0.12 5:-0.18 7:0.12 8:-0.18 9:-0.17
s:beautiful 5:0.14 12:-0.1
s:because 3:-0.15 5:-0.1 7:-0.27 8:0.12 12:-0.3
s:bed 0:-0.13 5:0.24 6:-0.11 11:0.13 12:0.11
s:been 0:-0.13 2:-0.11 3:0.1 4:-0.23 5:-0.14 7:-0.2 8:0.13 10:-0.29 11:0.11 13:-0.32
s:before 2:-0.24 4:-0.23 5:-0.12 6:0.19 7:0.22 9:0.23 10:0.16 12:0.11 13:0.35
s:behind 0:0.1
s:being 5:-0.21 7:-0.23 8:-0.26
s:believe 0:0.13 6:-0.11 7:0.19
s:bell 0:0.14 5:0.11 7:-0.1
s:best 0:-0.12 1:-0.21 3:-0.24 5:0.33 7:-0.13 11:0.19 12:0.54
s:better 1:0.14 2:0.14 8:-0.2 9:0.2 12:0.29
s:between 0:0.32 1:-0.14 3:0.16 7:-0.12 13:-0.12
s:beyond 5:-0.11
s:bien 5:0.17 12:0.1
s:big 2:0.19 5:-0.12 6:-0.13 11:0.18
s:bike 0:0.11 5:0.13 7:0.13 9:0.1 12:0.12
s:bill 1:0.21 2:-0.23 4:0.25 5:-0.12 6:0.51 8:-0.12 11:-0.14
s:bin 0:-0.16 1:-0.11 5:0.14 12:0.1 13:-0.23
s:bins 3:0.18 5:0.44 6:-0.11 10:-0.21 12:-0.2
s:bird 5:0.13 12:0.16
s:birthday 1:-0.12 6:-0.11
s:bit 4:0.12 6:-0.23 9:0.22
s:bite 5:0.12 12:-0.11
s:bits 5:-0.12
s:bitter 5:0.14 12:-0.11
s:blam 0:0.11
s:blind 0:-0.12
s:block 6:-0.11
s:bloke 0:-0.19 1:0.28
s:blood 2:0.21 4:0.1 5:-0.12 8:0.12
s:blow 12:-0.14
s:board 5:0.18 11:-0.11
s:boiler 0:0.12 5:-0.22
s:bone 12:0.3
s:book 0:0.38 1:-0.15 2:-0.11 4:0.12 8:0.17 9:0.15 11:0.13 13:0.17
s:boot 5:0.1 12:0.14
s:booth 1:-0.11 3:0.14
s:borrow 4:0.12
s:boss 2:0.11
s:bot 13:-0.13
s:both 0:-0.14
s:bother 8:-0.23
s:bought 5:0.4 12:0.15
s:box 0:-0.14 4:-0.18 5:0.16 12:-0.24 13:0.11
s:boy 8:-0.24
s:brake 1:-0.1 9:0.11
s:branch 2:0.14 4:-0.1 5:-0.23 6:-0.11 7:0.28 9:-0.24 13:-0.19
s:brand 0:0.19 3:0.12 5:0.23 7:0.16 12:0.16
s:bread 5:0.21 12:-0.2
s:break 2:-0.1 5:-0.12
s:breakfast 5:0.28 8:0.19
s:bridal 8:0.22
s:bride 5:0.1 13:0.12
s:brill 0:0.1 7:0.1
s:brilliant 5:0.21 6:0.16 9:0.12
s:bring 12:-0.13
s:broadband 5:0.3 9:-0.15 12:0.1
s:broken 0:0.3 12:-0.19
s:brought 5:-0.13 8:0.12 10:0.16
s:brow 5:0.15 8:-0.14
s:brown 7:-0.11
s:budget 4:-0.11 11:0.27
s:build 5:-0.12 6:0.12 13:-0.12
s:builder 1:-0.14 6:0.16 7:-0.12 11:0.22
s:bulb 2:0.12
s:burger 10:-0.15
s:burnt 5:0.19 12:-0.12
s:bus 1:0.14 5:-0.19
s:busy 1:0.25 5:-0.14
s:but 0:0.17 1:0.39 2:0.25 3:0.23 4:0.24 5:0.3 6:0.16 7:-0.16 8:0.38 10:-0.24 11:-0.41 12:0.26
s:button 1:0.11
s:buy 6:-0.13 11:-0.16
s:by 0:0.39 1:0.15 3:0.22 6:0.15 7:0.25 9:0.21 10:-0.12 13:0.19
s:cable 1:-0.16 5:0.13 12:-0.1
s:caf 5:0.14
s:cafe 5:-0.12
s:cake 5:0.4 12:0.13
s:call 0:0.3 1:-0.16 2:-0.18 5:-0.18 6:0.33 13:-0.35
s:caller 13:0.11
s:calm 1:-0.17
s:came 0:0.25 1:0.1 2:-0.14 3:0.17 4:-0.13 6:0.28 7:-0.11 9:0.25
s:can 4:0.12 9:0.14 10:0.1 11:0.37 12:0.12 13:0.27
s:canada 1:0.11
s:cancell 0:0.2 1:-0.17 2:-0.11 5:-0.11 6:0.2 7:-0.19
s:cant 0:0.17 1:0.1 4:0.19 6:-0.1 8:0.14 11:0.4 12:0.14
s:canteen 0:-0.13
s:car 0:0.21 1:0.15 2:-0.14 3:0.31 5:-0.24 13:-0.18
s:card 1:0.12 5:-0.11 8:0.3
s:care 1:-0.11 5:0.15 7:-0.1 12:0.18
s:cared 1:0.12 8:-0.12 12:0.14
s:careful 5:0.16
s:carpet 1:-0.12 3:0.15
s:carri 1:0.17 5:-0.11 12:0.11
s:carrier 11:-0.18
s:carry 1:0.11 5:0.11
s:cars 2:0.11
s:cashier 5:-0.17 8:-0.32 9:-0.13
s:cast 5:0.14
s:cat 12:0.13
s:ceil 10:0.2
s:centre 3:0.12 7:-0.1 12:-0.11 13:-0.17
s:chain 1:0.17 8:-0.15 11:0.14
s:chair 0:-0.12 1:0.11 8:-0.19
s:chance 0:-0.13
s:chang 0:-0.25 3:0.29 4:-0.12 6:-0.19 9:-0.11 10:-0.21 13:-0.24
s:change 1:0.18 5:-0.19 8:0.18 10:0.1
s:chao 3:-0.1
s:chap 1:0.13 2:0.2 9:0.11
s:charg 4:0.72 9:-0.11 11:-0.2 13:-0.16
s:charge 4:0.65 5:-0.25 6:0.22 7:0.16 13:-0.2
s:chase 2:-0.12 6:0.11 13:0.11
s:chat 6:0.12 8:-0.11 13:-0.25
s:chatt 1:0.13
s:cheap 1:-0.15 2:-0.13 3:-0.13 4:0.66 5:0.29 6:-0.18 9:0.1
s:cheaper 2:0.14 4:0.12 7:0.11 9:0.19
s:cheapest 2:-0.11 4:0.15
s:check 0:0.13 1:0.23 2:0.18 3:0.21 6:0.11 7:0.17 9:0.2 10:0.13 12:-0.11 13:0.19
s:checkout 0:0.37 2:-0.12 5:-0.19 6:0.23 7:-0.25 11:-0.19 12:-0.16 13:-0.17
s:cheer 0:0.12 12:-0.13
s:cheerful 4:0.16 5:0.13 12:-0.16
s:chef 5:0.2 8:0.15 10:-0.15 11:-0.14 12:0.2
s:cheque 9:-0.1
s:chew 1:-0.17
s:children 0:-0.11 1:0.1 3:0.15 6:-0.13
s:chip 1:-0.1 2:-0.12 3:-0.13 5:0.47 6:-0.11 11:0.15 12:-0.17
s:chipp 8:0.11
s:chippy 0:0.12
s:choose 12:0.13
s:christma 1:-0.24 6:-0.16
s:chunk 12:-0.1
s:cinema 10:0.15
s:circle 6:-0.11
s:city 5:0.11
s:claim 4:0.12 9:0.18
s:class 0:-0.14 2:0.12 6:0.1 9:0.15
s:clean 0:-0.23 1:-0.13 2:-0.13 3:0.79 6:-0.26 9:0.13 10:0.16 11:-0.3 12:-0.2
s:cleaner 3:0.48 5:0.25 6:-0.13 7:-0.11 10:0.25
s:cleanest 3:0.11 10:-0.16
s:cleanliness 1:-0.13 3:0.13 6:-0.15
s:clear 0:0.11 2:0.21 4:-0.1 5:-0.14 6:0.34 12:-0.18 13:0.39
s:clerk 5:-0.11
s:click 0:0.1
s:client 2:0.19 9:0.14 11:-0.15
s:clinic 0:0.14
s:clipping 3:0.12 10:-0.19 12:0.18
s:clock 0:-0.1
s:clos 0:-0.13 5:-0.23 6:0.11 13:-0.12
s:closure 5:0.11
s:cloth 10:-0.12
s:cloud 5:0.11 12:0.11
s:club 5:0.17 12:-0.11
s:clue 2:0.26 6:-0.12 9:-0.2
s:clueless 2:0.2 9:-0.14
s:clutch 3:0.11 5:0.14
s:coach 2:0.14
s:coat 0:-0.11 5:0.23
s:cocktail 5:-0.12 11:0.17
s:code 5:-0.12 13:-0.15
s:coffee 5:0.21 6:-0.14 10:-0.11 12:-0.12
s:cold 1:0.21 2:-0.13 3:-0.12 5:0.55 7:-0.24 11:-0.13 12:-0.24
s:colleague 2:0.16 6:-0.12 9:-0.1
s:collect 0:0.14 4:0.12 12:-0.13 13:0.11
s:collection 3:0.19 6:0.1 12:0.12 13:-0.17
s:colour 1:0.14 2:0.11 9:0.13
s:come 0:0.11 2:-0.11 4:-0.12 7:0.18 11:0.14
s:comfy 12:0.11
s:coming 5:0.17 11:0.13
s:comment 3:0.17 6:-0.12 10:0.31
s:committee 5:0.11 12:-0.1
s:communication 6:0.11 13:-0.24
s:company 1:-0.11 5:0.12 6:0.24 12:-0.23
s:compar 7:0.17 11:0.13
s:complain 0:0.19 3:0.23 7:-0.12 11:0.39
s:complaint 0:0.14 2:-0.12 6:0.18 7:-0.12 10:0.16 12:0.13
s:complimentary 3:0.15 4:-0.2
s:computer 12:-0.1
s:concern 1:-0.14
s:confirm 13:0.11
s:confirmation 6:0.12
s:confus 6:0.21 13:-0.42
s:consensu 12:-0.16
s:consistent 12:-0.15
s:constant 5:0.18 12:-0.22
s:contact 2:0.16 4:0.12
s:contract 0:-0.11 5:-0.12
s:conversation 8:-0.12
s:cook 5:0.23 9:0.14 12:0.2
s:coordinator 5:0.28
s:corner 0:0.1 2:-0.12 3:0.1
s:corridor 12:0.11
s:cost 0:-0.14 1:-0.16 4:0.39 11:-0.15
s:couch 5:-0.11
s:could 1:-0.19 2:0.52 3:0.11 4:-0.17 5:-0.29 7:-0.11 11:-0.18 12:0.15 13:0.11
s:couldnt 1:0.11 2:0.18 4:-0.12 5:-0.2 7:0.12 9:-0.2 10:0.13 13:0.16
s:couldve 3:0.12 5:0.11 10:0.2
s:council 0:0.29 4:-0.12
s:counter 1:0.25 5:-0.12 6:-0.26 7:0.13 10:0.14
s:couple 6:0.12
s:courier 0:0.18 2:-0.17 5:0.15 7:0.24 8:-0.15 12:-0.13
s:cours 5:0.12 11:0.16 12:0.15
s:course 2:0.12 5:0.15 7:-0.18 9:0.12
s:cover 1:-0.11 2:0.2 3:0.1 5:-0.16 9:-0.2 12:0.15
s:cowboy 4:0.14 6:0.13
s:crack 5:0.14
s:craft 12:-0.25
s:crash 12:-0.13
s:credit 5:0.14 6:0.1 13:0.14
s:crept 4:0.1 6:-0.1
s:crew 0:0.18 3:0.1 7:0.11 10:0.13
s:croissant 5:0.13
s:crumb 5:-0.15
s:current 4:0.1
s:curry 5:0.16 7:-0.15
s:curt 8:-0.15
s:custom 1:0.11
s:customer 1:-0.11 2:-0.17 5:-0.25 6:0.39 7:-0.18 8:-0.16 12:-0.4
s:cut 1:-0.11 3:0.18 5:-0.14 7:0.13 10:-0.15 11:0.15 12:0.16
s:cutlery 1:0.12
s:cutt 1:0.1 4:0.11
s:dad 8:0.1
s:daft 5:0.11
s:daily 6:0.12 13:0.12
s:damage 6:0.13 12:0.13
s:damp 1:-0.11 5:-0.14 10:0.1
s:dark 0:0.14
s:das 5:0.11
s:date 2:0.1 6:0.28
s:daughter 0:-0.11 5:0.19
s:day 0:0.14 2:-0.36 5:0.24 6:0.29 7:-0.21 12:-0.24 13:-0.18
s:daylight 0:-0.11
s:days 0:0.48 2:-0.38 4:-0.14 6:0.11
s:de 4:-0.11
s:dead 5:-0.1 11:0.13
s:dealer 5:-0.13 9:0.14 11:0.18
s:dealership 3:0.11
s:dealt 0:0.2 10:0.12
s:dear 4:0.11 5:-0.16 11:-0.18
s:debit 4:0.12
s:decent 11:0.18 12:0.11
s:deep 10:-0.16
s:delay 1:-0.12 6:0.26 7:0.15 13:0.14
s:deliver 1:0.2 5:0.19 6:0.1
s:delivery 0:0.28 2:-0.1 5:0.14 6:0.32 7:-0.22 13:-0.27
s:dental 0:0.18
s:depend 2:0.27 6:-0.2 9:-0.13
s:deposit 2:-0.11 4:-0.1 6:0.16 12:0.16
s:depot 7:-0.12
s:describ 1:0.19 2:0.25 6:0.11 7:-0.11 10:0.22 12:0.22
s:desk 1:0.37 3:0.13 6:-0.29 9:-0.2
s:despite 0:0.14
s:diagnostic 5:-0.17
s:diagram 6:0.1
s:did 6:0.15 10:0.11 12:0.19
s:didnt 1:0.2 2:0.3 6:-0.2 7:0.38 9:-0.15 10:0.15 11:0.43
s:died 1:0.14 5:0.1
s:difference 1:-0.12 4:0.12
s:different 1:-0.15 2:0.25 9:-0.38
s:dinner 0:0.11 6:0.14
s:direct 4:0.14
s:dirty 8:-0.1 10:-0.11
s:discount 4:0.2 11:0.12
s:discuss 1:0.14 5:0.17
s:discussion 0:-0.13
s:discust 3:0.13
s:dish 2:0.15 9:-0.12
s:do 3:0.16 5:0.17 9:0.11
s:doc 1:0.11
s:doctor 1:-0.14 6:0.33 9:0.23 11:-0.12 13:-0.19
s:dodgy 0:0.11 2:0.12
s:does 3:0.12
s:doesnt 5:0.11 9:-0.12 13:-0.3
s:dog 1:0.17 3:0.18 8:0.15
s:doing 0:0.11 5:0.17 9:0.19 12:0.11 13:0.1
s:dominat 0:0.11
s:done 7:0.18 12:0.26
s:dont 3:-0.11 4:0.18 5:-0.27 7:0.1 11:0.16
s:door 0:0.12 1:-0.17 2:-0.17 6:0.14 12:-0.1
s:dose 9:-0.1
s:doubl 6:0.1
s:double 5:0.17 9:0.1
s:down 0:0.12 2:-0.16 3:0.21 7:0.19 10:0.17 11:0.11 12:-0.19 13:0.22
s:downhill 1:0.13 10:-0.1
s:downright 7:-0.1
s:dr 2:0.15 9:0.16
s:dragon 8:-0.24
s:drain 0:0.12 2:-0.11 5:-0.1
s:draw 13:0.13
s:dread 5:-0.11
s:drew 2:0.13
s:drill 0:-0.13
s:drink 12:0.18
s:drip 5:0.1
s:driv 3:-0.1 6:-0.1
s:drive 3:0.25 12:0.24
s:driver 0:0.22 1:0.36 4:0.11 5:0.11 6:0.19 8:-0.18 13:0.11
s:drop 1:-0.14 4:-0.26 5:0.2 9:-0.11
s:dropp 5:0.15 7:0.22 10:0.18 12:-0.17 13:0.15
s:drove 5:0.17 12:0.11
s:dry 3:-0.18 4:-0.12 5:0.26
s:due 6:0.16 12:0.11
s:dug 5:0.1
s:dust 3:0.25 10:0.12
s:e 0:0.25 7:-0.26
s:each 1:0.12 2:-0.15 6:0.37
s:early 2:0.11
s:earth 11:-0.1
s:easier 2:-0.11
s:easy 0:0.14 6:0.12 7:0.13
s:eat 8:0.12
s:eaten 3:0.1
s:economy 5:0.12 11:0.11
s:eggs 8:0.15
s:eight 0:0.27 2:0.19 4:0.13
s:either 1:-0.12
s:elder 1:0.23
s:electrician 0:0.11 2:0.1 5:-0.2 7:-0.12 9:0.15
s:eleven 0:0.14 1:-0.14
s:els 2:0.17 3:0.24 10:-0.15 12:-0.12
s:else 4:0.13 8:-0.12 11:0.35
s:elsewhere 1:0.11 10:-0.1
s:email 0:-0.15 1:-0.11 2:-0.22 4:-0.1 6:1.05 7:-0.17 13:-0.17
s:emergency 7:-0.2
s:empty 12:-0.13
s:encourag 5:0.11
s:end 0:0.1 6:-0.12 7:-0.15 9:-0.1
s:ended 7:-0.18 9:-0.12
s:ends 12:0.26
s:energy 0:0.1 5:-0.1 6:0.1
s:engag 1:0.11
s:engine 2:0.11
s:engineer 2:0.2
s:english 0:-0.15 6:0.14 8:0.11 9:0.12 13:0.21
s:enough 1:0.13 2:0.13 4:-0.11 8:0.17
s:entire 0:0.12 3:0.11 11:0.2
s:entry 5:0.14
s:equipment 0:0.1 4:0.12 11:-0.12
s:esim 2:0.11
s:especial 0:-0.11 6:0.11
s:estate 6:0.16
s:even 1:0.53 2:0.14 3:0.15 6:-0.11 7:0.31 8:0.21 9:0.12 10:0.12 13:0.12
s:eventual 0:-0.21 5:0.19 8:-0.13
s:ever 5:-0.17 6:0.21 7:-0.1 9:0.1 10:-0.24 11:0.21 13:-0.17
s:every 3:0.18 6:0.18 8:0.12 9:0.12 10:0.12 13:0.38
s:everyone 5:-0.14 8:0.15
s:everyth 0:0.12 3:0.17 5:0.31 6:0.27 7:0.14 10:0.2 12:0.35 13:0.29
s:everywhere 3:0.26 10:-0.19
s:evryth 6:0.13
s:exact 2:0.1 6:0.12 7:0.11 8:-0.11 9:0.4 11:0.18 12:0.32 13:0.4
s:excellent 2:0.13 5:0.12 9:0.14 12:0.12
s:exercis 5:0.11
s:exercise 6:0.1
s:expect 0:0.11 2:-0.18 4:0.15 5:0.11 6:-0.13 8:0.12 10:0.11 12:0.11
s:expensive 4:0.1 11:-0.11
s:experience 6:-0.13
s:expert 2:0.15 9:-0.25
s:explain 0:-0.15 1:0.19 2:0.11 4:-0.19 5:0.12 6:0.82 12:0.16 13:0.5
s:explan 6:0.18 13:0.12
s:explanation 6:0.11
s:express 0:0.35 5:-0.2 7:-0.22
s:extra 0:0.11 2:-0.16 4:0.17 5:0.12 6:0.11 7:-0.18 11:0.17
s:eye 11:-0.1
s:eyes 6:-0.12 8:-0.12
s:fab 1:0.15 8:0.19
s:face 5:0.1 12:0.11
s:fade 11:0.13 12:0.26
s:fail 13:0.21
s:fair 0:0.14 1:0.17 4:0.27 5:0.23 8:0.12 11:0.37 13:0.11
s:fami 11:0.14
s:familie 0:-0.12 10:0.14
s:fantastic 7:-0.19 12:-0.11
s:far 8:-0.11
s:fare 2:0.18 5:-0.12 9:0.13
s:fast 0:0.13 7:0.29 11:-0.17 12:-0.13
s:faster 6:-0.1
s:fault 7:0.21 9:0.1 13:0.1
s:faulty 9:0.14
s:favourite 8:-0.15
s:fed 11:-0.15
s:fee 4:0.56 5:-0.22 6:0.29 11:-0.43
s:feed 1:0.1 2:0.14 6:-0.11
s:feel 0:-0.17 1:0.16 2:-0.15 12:0.11
s:fees 4:0.39 5:-0.16 11:-0.22
s:feet 8:0.12
s:fell 5:0.16 12:-0.2
s:felt 4:0.19 5:-0.14 7:-0.2
s:few 5:0.1 12:-0.15
s:fifty 7:-0.12
s:film 5:0.14 12:0.18
s:filthy 0:-0.17 3:0.21 10:-0.27
s:final 0:0.19 3:0.11 4:0.11 5:-0.11 7:-0.14 9:0.24 10:0.46
s:find 1:-0.15 6:0.2 11:-0.21 12:-0.11 13:-0.33
s:fine 0:-0.2 1:-0.16 3:-0.14 4:0.22 5:-0.28 6:-0.26 7:-0.13 8:-0.13 11:0.12
s:finish 6:-0.23 8:-0.16 11:0.15
s:fire 0:-0.12
s:firm 2:-0.12 4:0.1
s:first 2:0.21 3:-0.18 5:-0.15 7:0.11 8:0.18 9:0.29 12:0.2 13:0.24
s:fish 3:-0.13 5:0.22 6:-0.1 9:0.11 12:0.19
s:fit 7:-0.2
s:fitt 5:0.24 7:0.12 10:0.23 11:-0.12 12:-0.11
s:fitter 1:0.15
s:five 0:0.46 5:0.13 6:0.21 7:-0.27 8:-0.11 12:0.17 13:-0.13
s:fiver 11:0.23
s:fix 3:-0.12 5:0.2 7:0.22
s:fixed 0:0.21 4:0.18 11:0.17 12:0.2
s:flat 5:0.19 7:0.16 8:-0.1 12:-0.29
s:flea 11:-0.13
s:flew 5:-0.1
s:flight 4:0.14 11:0.1
s:floor 3:0.48 4:-0.18 5:-0.21 10:-0.44 11:0.18 12:0.16
s:florist 5:0.18 6:0.12
s:fly 0:0.16 11:-0.28
s:focu 4:0.11
s:follow 0:0.24 5:-0.13 6:0.21 7:-0.19
s:food 2:-0.18 5:0.76 6:-0.14 10:-0.18 11:-0.16 12:0.35 13:0.14
s:for 3:-0.15 4:0.3 7:-0.47 11:0.28 12:-0.43
s:forgive 8:0.13
s:forgot 5:0.15 12:-0.16
s:form 0:-0.14 2:0.29 5:-0.17
s:fortnight 5:0.28 7:0.13 12:-0.48
s:forty 0:0.15 2:0.15 7:-0.19 9:0.16 13:-0.17
s:found 1:0.23 2:0.13 3:0.25 4:0.18 9:0.19 13:-0.11
s:four 0:0.17 1:0.21 2:0.13 5:0.22 6:0.14 7:-0.24 8:-0.11 13:-0.11
s:fourteen 0:0.16 6:0.18
s:foyer 10:0.17
s:fr 5:0.11 12:0.15
s:fraud 0:0.15
s:free 0:0.2 4:-0.16 7:0.14 8:0.1 11:0.2 12:0.14
s:freehold 2:0.1
s:fresh 0:-0.14 3:0.14 10:0.26
s:freundlich 0:0.11
s:friday 0:0.25 5:0.14
s:friend 0:0.13 1:0.52 2:0.16 3:0.21 8:0.35 11:0.14
s:friendliest 1:0.13 8:-0.15
s:from 3:0.13 5:-0.14 7:0.26 11:-0.11 13:-0.16
s:front 3:0.12 5:0.23 10:-0.13
s:frozen 5:0.12
s:frustration 1:0.17 2:-0.11 4:0.14
s:full 0:-0.14 3:0.13 4:0.12 5:0.27 6:0.16 9:-0.11 11:0.19 12:0.11
s:fully 1:0.11
s:fuming 7:-0.11
s:funeral 0:-0.1 4:0.11
s:fur 3:0.11
s:fuse 1:0.17
s:fuss 6:0.17 13:0.2
s:fussy 3:0.11
s:garage 1:-0.15 2:0.16 5:-0.12 6:0.11 9:0.15
s:garden 1:-0.12 3:0.13
s:gardener 1:-0.13 4:0.12 12:0.2
s:gas 6:0.11
s:gate 8:-0.1
s:gave 0:0.16 2:0.29 4:-0.13 7:0.14 9:-0.29 13:0.24
s:gem 1:0.19 7:0.1 8:0.16 11:0.16
s:general 1:-0.13
s:genuine 0:0.1 1:-0.11 3:0.13 5:0.28
s:get 3:-0.15 6:-0.14 7:-0.32
s:gett 0:0.36 6:0.1
s:girl 1:0.15 8:0.13
s:give 5:0.21 6:0.17 11:-0.12
s:given 5:0.21
s:giving 2:0.12 8:0.14
s:glad 1:-0.1 12:0.12
s:glass 2:-0.11 4:-0.11
s:glaucoma 2:0.14 9:0.11
s:gleam 3:0.11 10:0.16
s:go 1:-0.18 2:0.31 6:0.12 7:-0.15 8:0.14 12:-0.16
s:goes 1:-0.11 7:-0.14
s:going 1:-0.16 2:-0.19 3:0.18
s:gone 0:0.15 6:-0.19 10:0.19 12:0.16
s:good 2:-0.15 5:0.32 8:0.17 9:0.1 12:0.28
s:googl 2:0.1 9:-0.14
s:gorgeou 5:0.16 12:0.15
s:got 0:-0.11 1:0.12 3:-0.11 4:0.18 6:0.27 12:-0.16
s:gp 0:0.15 2:0.21 4:-0.1 5:-0.2
s:gps 2:0.13
s:gr 5:0.2 12:0.14
s:grabb 5:0.11
s:greasy 3:0.12
s:great 0:-0.11 2:-0.18 4:-0.1 5:0.23 6:-0.13 12:0.12
s:greet 1:-0.1 3:0.12
s:grey 5:0.19 12:-0.13
s:grim 3:0.23 5:-0.17 10:-0.17
s:gripe 3:0.14
s:groomer 1:0.12
s:ground 3:0.11
s:group 2:-0.11 3:-0.14 4:0.17 7:0.14 10:0.16
s:grubby 10:-0.18
s:grumpy 1:0.11 8:-0.12
s:grunt 8:-0.17
s:guard 2:0.12 5:-0.13 9:0.1
s:guess 1:-0.13 5:-0.18
s:guest 1:-0.17 3:0.24 10:-0.23 13:-0.21
s:guide 5:0.22 12:0.22
s:gum 1:-0.15
s:gums 0:-0.15 5:0.16 12:-0.13
s:guy 0:-0.1 2:0.37 6:-0.24
s:gym 3:0.11 6:-0.17
s:gyms 5:-0.12 9:-0.11
s:ha 0:0.12
s:had 0:0.13 1:-0.17 2:0.14 3:0.1 5:-0.11 7:0.35 9:-0.23 11:-0.24 12:0.1
s:hadnt 2:0.15 13:-0.27
s:hair 0:-0.1 3:0.27 10:-0.2
s:haircut 5:0.23
s:hairdresser 0:-0.13 1:0.11
s:hake 9:0.11
s:half 2:0.13 4:0.11 7:0.18 9:-0.14 12:-0.39 13:-0.16
s:hall 0:-0.13 3:0.15
s:halv 12:0.13 13:0.12
s:hand 3:0.19 4:-0.11 6:-0.11 9:0.1
s:handheld 6:0.11
s:handl 6:0.1
s:handle 1:-0.11 3:0.12
s:handprint 3:0.12 5:-0.12
s:handset 2:0.18 9:0.12
s:handwritten 1:0.19
s:handy 13:0.14
s:hanger 4:-0.1
s:happen 0:0.12 2:-0.26 5:0.1 6:0.29 13:0.24
s:happi 5:-0.11 11:0.12
s:happy 11:0.3
s:hard 5:0.13 6:-0.11 12:0.12
s:has 0:-0.14 5:0.35 7:0.25 9:0.22 11:-0.16 12:0.16 13:-0.15
s:hasnt 2:0.15 6:-0.14 12:0.1
s:hassle 7:0.25
s:have 2:-0.16 3:0.19 6:0.1 8:-0.19 9:-0.12 11:-0.25 12:-0.19 13:0.28
s:havent 5:0.13
s:having 4:0.13 8:-0.16 11:-0.14
s:he 1:0.19 5:0.25 7:0.12 10:0.13 11:-0.23
s:head 1:-0.23 6:-0.17 7:-0.1
s:headach 2:0.11 9:-0.13
s:headache 5:0.12
s:headphone 12:0.13
s:headset 2:-0.12 6:0.22 13:0.3
s:hear 6:0.22 13:0.28
s:heard 6:0.22 13:-0.13
s:hed 1:0.24 6:0.16 7:0.16 8:0.19
s:hedge 5:0.13 12:0.21
s:held 1:0.12
s:hello 1:0.16 8:-0.13 12:0.14
s:help 1:0.21 2:0.1 5:-0.23 8:0.17 11:0.1
s:helpdesk 2:0.11
s:helpful 0:-0.11 1:0.24 8:0.15 13:-0.12
s:helpfull 1:0.1
s:helpline 2:0.12 7:-0.1
s:her 0:-0.16 1:0.52 2:0.14 3:-0.15 6:-0.15 7:-0.17 8:-0.12 9:0.2
s:here 3:-0.11 5:-0.12 6:-0.18 7:0.17
s:herself 1:0.12 6:-0.1
s:hes 0:-0.12 1:0.11 2:0.23 5:0.11 9:0.13 11:0.11 13:0.13
s:high 3:0.13 4:0.3 11:-0.21
s:higher 11:-0.15
s:himself 3:0.13 5:0.13 7:0.1 12:0.23
s:hip 11:-0.13
s:his 0:-0.25 1:0.38 2:0.25 5:-0.15 8:-0.32 9:0.25 11:-0.26 13:0.16
s:hold 0:0.7 1:-0.26 3:-0.1 6:-0.24 7:-0.12
s:holder 3:0.12
s:holiday 0:0.14 2:-0.13
s:home 0:-0.11 1:-0.3 5:0.11 6:0.27 9:-0.11
s:honest 0:-0.26 1:0.11 3:-0.15 4:0.23 5:-0.15 9:0.29 11:0.15 13:0.17
s:honk 3:0.13 10:-0.21
s:hoover 3:0.27 5:0.11 10:0.26
s:hora 0:0.15 5:0.11 7:-0.1
s:hospital 0:-0.12 1:-0.16 11:-0.2
s:hot 7:0.17 12:0.22
s:hotel 2:-0.13 3:0.12
s:hour 0:0.66 1:-0.14 2:-0.14 4:0.22 5:-0.31 6:0.14 7:-0.36 9:0.11 10:0.14 11:-0.17 13:0.13
s:hous 6:0.12
s:house 1:0.13 5:-0.13 9:0.1 10:0.16
s:housekeep 3:0.15
s:how 1:0.16 4:-0.27 8:0.17 10:0.14 12:-0.15
s:however 1:0.13 3:0.14 5:0.26
s:hrs 0:0.49 7:-0.27 12:-0.11
s:hundr 1:-0.1
s:hurt 5:0.16
s:husband 1:0.18 8:-0.22 12:-0.12 13:0.12
s:hygiene 3:0.13 10:-0.22
s:i 1:-0.16 5:-0.18 12:0.14 13:-0.11
s:ibuprofen 9:0.1
s:id 0:0.21 1:0.14 8:-0.18 9:0.17 11:0.35 12:0.14
s:idea 9:-0.11 13:-0.15
s:if 0:-0.35 1:0.1 3:-0.16 6:-0.25 8:-0.15 10:-0.22 11:-0.12
s:ignor 6:0.11 12:0.11
s:ill 0:0.16 1:0.13 4:0.13 5:-0.16 6:-0.13 8:0.16 11:-0.13
s:im 0:-0.11 1:-0.16 4:0.11 7:-0.13 10:-0.15 12:-0.14 13:-0.11
s:immaculate 3:0.38 10:0.51 11:0.12 12:0.21
s:immediate 11:-0.12
s:impossible 3:0.11 10:0.1
s:impress 0:0.25 7:0.23
s:in 0:0.24 1:-0.22 5:0.13 6:-0.15 7:0.47 12:0.28
s:includ 6:0.16
s:infection 2:0.17
s:info 1:0.12 6:-0.12
s:inform 6:0.13 13:-0.12
s:information 2:0.28 6:-0.2
s:inside 1:-0.1 2:0.17 5:0.12 10:0.1
s:inspection 0:-0.12 5:0.14 12:0.18
s:installation 5:0.12
s:instead 7:0.17 9:0.15 13:0.18
s:instruction 6:0.21
s:instructor 1:0.11 2:0.16 6:-0.12
s:insurance 1:0.13 6:-0.12 8:-0.1 9:-0.15
s:interior 0:0.12 3:0.15 10:-0.11 11:0.18
s:international 2:0.1
s:interrupt 8:-0.16
s:into 5:-0.2 8:0.11 11:0.12
s:invite 6:0.17 13:0.15
s:invoice 4:0.18
s:is 1:0.14 2:-0.28 4:0.27 5:0.29 6:-0.11 10:0.14 11:-0.22 12:0.44
s:isa 2:0.26 6:-0.11 9:-0.23
s:isas 2:0.11
s:isnt 5:0.18 11:-0.2
s:it 2:0.24 3:0.12 4:-0.1 6:-0.16 8:0.33 9:-0.14 11:-0.21 12:-0.25 13:0.18
s:its 1:0.1 2:-0.19 6:0.27 7:-0.31 8:-0.15 11:0.26
s:itself 0:0.2 3:0.13 5:0.26 8:-0.11 12:0.21
s:ive 0:-0.12 5:-0.1 7:-0.12 10:-0.19
s:jab 1:-0.12
s:jacket 5:0.11
s:jam 5:0.13
s:january 0:0.11
s:jargon 5:-0.12 6:0.18
s:jean 5:0.14
s:job 1:-0.16 2:-0.22 5:0.2 10:0.1 11:-0.19
s:join 4:0.11
s:joke 11:-0.1
s:jumper 1:-0.22
s:june 13:-0.13
s:just 0:-0.15 3:-0.22 8:-0.24 12:-0.34
s:kebab 5:0.2
s:keep 8:0.29 12:-0.26 13:-0.13
s:kept 0:0.21 1:0.18 2:-0.16 6:0.41
s:kettle 5:0.19 13:0.16
s:key 1:0.12 4:0.1
s:kids 1:-0.11 4:0.22 10:0.1
s:kind 1:0.32 5:-0.1 8:0.18
s:kit 12:-0.11
s:kitchen 3:0.11 4:-0.18 5:-0.15 10:0.14 12:0.13
s:knee 2:0.11 5:0.13 11:-0.13
s:knew 1:-0.12 2:0.71 3:-0.11 4:-0.14 5:0.11 6:-0.21 9:0.41 12:0.27
s:knock 0:0.17 11:0.17
s:know 0:-0.25 2:0.27 4:0.3 5:-0.13 6:0.15 9:0.12 11:0.14 12:0.12 13:0.14
s:knowledgable 1:-0.1 6:0.11
s:knowledge 5:-0.13
s:knowledgeable 2:0.26 9:0.1 13:-0.11
s:la 0:0.11 1:0.19 5:0.16 7:-0.11 12:0.14
s:label 1:0.1 12:-0.1
s:lad 1:0.18 2:0.31 6:-0.11 7:0.1 9:-0.16 12:-0.11
s:lads 1:0.12 8:0.16
s:lady 1:0.35 5:-0.33 7:0.17 8:0.11 13:0.16
s:lamb 5:0.13
s:laptop 9:-0.13
s:last 0:-0.22 6:-0.16 7:0.13 10:-0.16 12:-0.21 13:-0.13
s:late 1:-0.11 6:0.52 7:-0.31 12:-0.13 13:-0.2
s:later 1:-0.1 2:0.21 7:-0.13 9:-0.15
s:laugh 4:0.12 6:-0.14 11:-0.13
s:launderette 8:0.11
s:laundrette 5:-0.14 6:-0.11 10:0.15
s:lawnmower 7:-0.14
s:layout 0:-0.12
s:le 5:0.1
s:leak 0:0.12 3:0.12 12:0.16
s:leather 1:-0.1 5:0.12 12:-0.15
s:leav 1:-0.15 3:0.2 10:-0.2
s:leave 10:-0.13
s:lecture 1:0.13
s:lecturer 5:0.17
s:left 2:-0.18 3:0.4 4:-0.1 12:0.21
s:leg 5:0.12
s:legend 1:0.12 8:0.11
s:legroom 5:0.13
s:leisure 2:-0.1 5:-0.12
s:lens 5:-0.19
s:less 1:0.22 4:0.2 8:-0.17 11:0.1
s:lesson 5:0.11
s:let 6:0.11 12:0.16
s:lett 13:-0.18
s:letter 0:-0.17 2:-0.3 5:-0.32 6:0.76 8:0.11 13:-0.62
s:librarian 9:0.12
s:library 3:0.14 5:-0.19 6:-0.14 8:0.19 10:0.12 12:-0.12
s:life 5:0.19 12:0.15
s:lifeguard 1:0.12 8:-0.17
s:like 1:0.4 2:-0.2 3:0.12 5:0.39 6:-0.23 7:0.32 8:-0.39 10:-0.1 11:0.22
s:liked 6:0.1 13:0.12
s:lime 5:0.1
s:line 1:-0.17 5:0.12 6:0.16 12:0.17
s:link 13:-0.11
s:list 0:0.15 1:-0.16 2:0.11
s:listen 0:0.13 2:-0.12 5:0.16 6:0.39 11:0.12
s:lit 5:-0.12
s:little 0:-0.13 4:0.34 5:0.1 9:0.1 11:0.11
s:live 5:-0.12
s:load 5:0.24
s:local 5:0.14 12:0.16
s:locker 3:-0.15 5:0.21 12:-0.21
s:locksmith 4:0.17 5:-0.16 6:0.13
s:locum 2:0.26 9:-0.12
s:lol 0:0.16 7:-0.17 12:-0.19
s:long 0:0.34 4:0.1 7:-0.11 8:0.15 9:0.14 12:0.13 13:-0.12
s:longer 0:0.13 6:-0.12
s:look 0:-0.22 1:0.14 2:-0.26 3:0.13 5:0.35 6:-0.17 7:0.18 8:-0.22 9:0.28 12:0.24
s:loop 0:0.12
s:loos 3:0.23 5:-0.13 10:-0.12
s:lost 5:0.22 12:-0.15
s:lot 1:0.16 6:0.15 7:0.11 8:0.14 9:0.29 12:0.12 13:-0.14
s:lots 11:0.16
s:love 0:0.22 1:0.38 3:0.2 5:-0.1 7:-0.12 8:0.49 12:0.28 13:-0.22
s:loved 1:-0.11 3:-0.18
s:loving 11:-0.22
s:low 11:0.11
s:lowest 0:0.11
s:lunch 0:0.28 5:-0.15
s:lunchtime 0:0.13 5:0.18 12:0.11
s:lush 12:0.11
s:machine 0:0.11 6:-0.14 12:-0.33
s:made 0:-0.2 1:0.12 2:-0.11 8:0.21 12:0.27
s:magnifique 4:0.12 11:-0.14 12:0.12
s:main 4:0.2 11:0.15 12:0.17
s:mais 4:0.12 11:-0.14 12:0.12
s:make 0:-0.15 5:-0.13 7:0.1 10:0.13 11:-0.17 13:0.12
s:malaga 5:0.13
s:man 1:0.2 5:0.14 13:0.1
s:management 1:-0.16 3:-0.11 6:-0.2 7:0.19
s:manager 0:-0.26 1:0.2 2:-0.22 5:-0.14 6:0.31 10:0.1 12:-0.1 13:0.25
s:manchester 11:-0.26
s:manner 1:0.16
s:map 6:0.17 13:0.13
s:march 6:0.17 7:-0.26 13:-0.13
s:mark 2:0.11 4:-0.14 5:-0.1
s:massive 5:0.18 6:-0.1
s:mats 3:0.13
s:matter 1:0.12
s:me 0:-0.14 1:0.61 2:0.18 3:-0.32 4:-0.13 5:-0.21 6:0.34 7:0.11 9:-0.13 13:0.42
s:meal 0:-0.12 8:0.14 12:0.16
s:mean 5:-0.2
s:meant 4:-0.11 9:-0.11
s:mechanic 2:0.2 5:-0.13 6:0.11
s:media 6:0.1
s:medication 2:0.14
s:member 0:-0.11 2:0.23 5:0.1 8:0.14 13:-0.11
s:men 5:0.52
s:mention 4:0.16 5:0.25 6:0.18 11:-0.13 13:-0.3
s:menu 0:-0.15 5:0.19 6:0.15 13:-0.28
s:merchant 11:0.15
s:merci 0:0.11 7:0.11
s:mess 0:-0.15 3:0.11
s:met 8:0.12
s:meter 0:-0.1
s:middle 5:0.18
s:might 1:-0.13 6:0.11
s:min 0:0.11
s:mind 0:0.13 2:0.13 3:-0.15 4:0.17 8:0.23 12:0.13
s:ming 10:-0.13
s:mins 0:0.68 5:-0.17 7:-0.1
s:minute 0:0.68 2:0.13 3:-0.12 5:-0.18 6:0.15 7:0.19 8:-0.17 13:0.17
s:miracle 5:-0.12
s:miserable 8:-0.11
s:miss 0:-0.12 1:-0.1 2:0.35 5:0.45 6:-0.12 9:0.25
s:mixed 3:-0.1
s:mo 1:0.11
s:moan 5:0.2
s:model 2:0.18
s:moderator 0:-0.15 5:-0.31 9:-0.16
s:monday 0:0.32 1:-0.1 12:0.12
s:money 0:0.11
s:month 1:-0.16 2:-0.1 5:0.31 6:0.4 7:-0.11 13:-0.15
s:mopp 12:0.12
s:morale 1:-0.11
s:more 4:0.12 7:0.14 9:0.25 13:-0.11
s:morn 1:0.12 3:0.16 5:-0.15 7:0.27 9:-0.12
s:mortgage 0:-0.12 11:-0.11
s:most 0:0.19 1:-0.15 4:0.12 5:0.21 8:0.18 11:-0.17
s:mot 4:0.11 5:-0.13 11:0.13
s:mother 1:0.21
s:mouth 8:-0.24
s:move 5:-0.11
s:moved 12:0.12
s:much 2:-0.12 4:-0.14 5:-0.12 6:0.33 8:0.14 10:0.17
s:mums 1:0.14
s:music 0:0.22 7:-0.12
s:musty 3:0.2 10:0.21
s:muy 6:0.13 12:0.1
s:my 0:-0.13 1:0.16 2:0.16 3:-0.3 5:0.14 6:0.14 7:0.14 8:0.2 9:0.32 11:0.2 12:-0.12
s:mystery 10:-0.12
s:n 0:0.16 1:0.17 4:0.11 5:0.4 6:0.15
s:nail 5:0.13 12:0.39
s:name 0:0.16 1:0.2 2:-0.17 3:-0.12 5:-0.19 8:0.15 13:0.26
s:near 2:0.16 5:0.13 6:-0.15
s:neat 3:-0.2 5:0.3 12:0.23
s:need 0:-0.19 1:0.27 2:0.32 4:-0.21 6:-0.18 8:0.11 9:0.47 10:-0.2 12:0.2 13:-0.11
s:never 2:-0.13 3:-0.16 4:-0.19 6:0.17 8:0.14 10:0.14 12:0.21 13:-0.28
s:new 0:0.22 1:-0.34 2:0.29 5:0.4 6:-0.11 7:0.31 10:0.24 12:0.17 13:0.42
s:newsletter 2:-0.11
s:next 0:0.28 3:0.12 4:-0.26 7:0.2 9:0.11 11:0.13 13:0.11
s:ngl 8:0.23
s:nice 0:-0.19 1:0.28 4:-0.12 5:-0.28 8:0.32 12:0.12 13:-0.15
s:night 1:0.15 2:-0.11 5:0.11 7:0.19 8:0.1 11:-0.17
s:nightmare 0:-0.12 4:-0.11
s:nine 2:0.12 7:-0.15 11:-0.11
s:ninety 1:-0.11
s:no 0:0.19 1:-0.21 3:-0.11 5:-0.17 6:0.4 8:-0.13 9:-0.13 12:0.15 13:-0.17
s:nobody 1:-0.13 2:-0.27 4:-0.12 6:0.29 7:-0.15 9:-0.14 12:0.11 13:-0.67
s:nodd 8:0.11
s:normal 5:-0.14
s:not 1:0.25 2:0.11 5:0.22 8:-0.19 11:-0.29
s:note 5:-0.13 6:0.13 12:0.1
s:noth 3:-0.18 4:0.17 7:-0.17 9:-0.13 12:-0.19 13:-0.43
s:notic 0:-0.18 2:0.25 3:0.11 5:-0.12 6:-0.18 7:0.12
s:notice 4:0.15 11:-0.19 12:-0.11
s:notification 6:0.12
s:now 0:0.16 4:0.21 5:0.12 10:0.17 11:-0.31 12:-0.12 13:0.36
s:nowhere 1:0.15
s:number 0:0.15 7:-0.11 9:0.12
s:nurs 1:0.14 2:0.12
s:nurse 1:0.21 5:-0.18 8:0.24 9:0.1 13:0.14
s:nursery 4:0.11 6:0.19
s:nutrition 2:0.1 4:0.1
s:oat 5:0.13
s:odds 11:0.1
s:of 5:-0.2 7:-0.17 8:-0.2 9:0.15 10:-0.14 12:-0.16
s:off 0:-0.2 4:0.14 5:-0.17 6:-0.19 10:0.17 12:-0.37
s:offer 6:0.11
s:office 0:0.18 4:-0.12 5:-0.25 6:-0.21 9:-0.14 13:-0.16
s:officer 0:0.14
s:often 1:0.28 2:-0.1 3:0.12 5:0.19 7:-0.11 11:0.12 12:0.17
s:oh 1:-0.1 12:-0.13
s:ok 1:-0.12 3:-0.15 5:-0.12 7:0.12
s:old 0:-0.17 2:0.24 5:-0.24 6:-0.32 7:0.19 8:0.1 11:0.11
s:older 1:0.18 2:-0.18 6:0.1 13:-0.22
s:omg 1:-0.11
s:on 0:0.26 2:-0.16 6:-0.1 7:-0.12 10:-0.13 12:0.18
s:once 0:0.1 7:0.39 8:0.19 9:0.2
s:one 1:-0.24 5:0.15 6:0.26 13:-0.26
s:ones 0:-0.13 8:0.11 9:0.12
s:online 0:0.12 4:0.11 6:0.2 7:0.25 8:0.13 11:-0.11 13:0.3
s:only 3:0.16 4:0.26 5:0.16 8:0.21 11:-0.11
s:onto 5:-0.1
s:op 7:0.12
s:open 1:-0.15 3:-0.13 5:-0.28 6:-0.15
s:operation 6:0.15
s:optician 1:-0.17 2:0.28 9:-0.11 12:-0.12 13:0.18
s:option 1:-0.1 2:0.14 6:0.12
s:or 0:0.11 8:-0.23 10:-0.11
s:order 0:0.23 2:-0.27 3:-0.11 5:0.48 7:-0.11 12:-0.11
s:other 1:-0.1 5:-0.13 7:0.12 9:0.25 10:-0.15
s:our 0:0.17 1:0.2 4:-0.17 5:0.21 7:-0.13 8:0.12 10:-0.18 11:0.14 12:0.11
s:out 0:0.18 4:0.12 7:0.16 10:0.12 11:-0.26 12:-0.17 13:-0.28
s:outside 0:0.16 1:-0.17
s:oven 5:0.12
s:over 6:-0.11 9:0.16 10:-0.18
s:overcook 8:0.1
s:overflow 3:0.19 10:-0.2
s:overpric 4:0.21 11:-0.21 12:-0.22
s:own 5:0.18 12:0.1
s:owner 3:0.12 4:0.12 5:0.16 10:0.22
s:p 0:-0.2 5:0.17 6:-0.16 11:-0.29 12:-0.13
s:pack 5:0.12
s:pads 6:0.15
s:page 6:0.29
s:paid 0:0.12 1:-0.14 3:-0.14 5:0.12 6:0.12 9:0.11 12:-0.27
s:pain 2:0.13 6:-0.14
s:painless 0:0.12 7:0.18
s:paint 2:0.32 3:-0.16
s:paper 5:0.12
s:par 11:-0.14 12:0.12
s:parcel 0:0.13 2:-0.12 3:-0.11 5:0.39 6:0.12 7:0.18 12:0.15
s:parent 0:-0.18 2:-0.12 6:0.15 12:-0.16 13:0.13
s:park 0:-0.24 1:-0.1 2:-0.18 4:-0.15 5:-0.2 11:-0.25
s:part 13:0.17
s:participant 1:-0.24 2:-0.13 5:-0.16 8:0.15 11:0.19
s:passenger 5:0.12
s:past 0:0.23 6:-0.18 12:0.2
s:pasty 3:-0.11 5:0.14 12:-0.13
s:patch 3:0.1
s:patient 2:-0.1 4:-0.14 5:-0.27 8:0.18
s:pay 1:-0.12 2:-0.18 11:0.34
s:paying 4:0.17 5:0.16 11:-0.27
s:payment 0:0.11
s:penny 4:0.33 11:0.38
s:pension 6:-0.11
s:people 0:0.15 1:0.19 5:-0.12 7:-0.19 8:0.21 9:-0.12 10:-0.11 12:0.22
s:per 4:0.12 5:-0.1
s:perfect 5:0.63 12:0.33 13:0.12
s:perfecto 0:0.14 5:0.12 7:-0.12
s:permit 4:-0.18
s:person 4:-0.12 7:-0.17 13:-0.12
s:personal 6:0.14
s:pet 1:-0.12 2:0.19 9:-0.11
s:pharmacist 0:-0.14 1:0.11 2:0.46 4:-0.11 5:-0.21 9:0.33
s:pharmacy 0:0.3 5:-0.16
s:pharmasist 2:0.1
s:phon 6:-0.12 9:0.13
s:phone 0:0.26 1:0.4 2:0.21 3:-0.23 5:-0.19 8:-0.32 9:-0.32 12:-0.23 13:-0.23
s:photo 4:-0.12 5:0.25 6:0.25 9:0.11 12:0.22 13:0.25
s:physio 1:-0.14 5:0.32 12:0.25
s:physiotherapist 11:-0.12
s:pick 2:0.19 13:0.1
s:picture 13:0.11
s:pies 3:-0.11
s:pile 3:0.1
s:pillow 3:0.13
s:pilot 6:0.21
s:pint 12:-0.27
s:pizza 4:0.11 5:0.29
s:place 0:-0.11 2:0.15 3:0.22 6:-0.29 8:0.11 11:0.36 12:0.19
s:plain 6:0.13 13:0.13
s:plane 5:-0.1
s:plann 7:-0.12
s:plaster 3:0.15
s:plasterer 11:0.12
s:plastic 5:0.15
s:platform 2:0.11 6:0.12
s:play 1:-0.13 5:0.1 11:0.15
s:pleasant 7:0.11
s:plumber 7:-0.11 12:0.13
s:pm 0:0.21 1:-0.18 5:0.12 12:-0.11 13:-0.22
s:pocket 5:-0.1
s:point 1:-0.11 2:0.14 11:-0.25
s:policy 2:0.17
s:polish 0:-0.1
s:polite 0:0.16 1:0.24 6:0.12 8:0.13 9:-0.12
s:pool 5:0.21 6:0.18 8:-0.12 12:-0.24 13:-0.1
s:popp 0:-0.12 1:-0.11
s:porter 3:-0.11 8:0.11
s:portion 4:0.12 5:0.18
s:positive 2:0.13 9:0.13
s:post 2:-0.1 5:-0.12 12:0.11
s:postage 4:0.19
s:poster 13:-0.11
s:pothole 0:0.28
s:pound 4:0.28
s:ppl 11:0.12
s:practice 0:0.15 1:-0.14 4:0.13 5:-0.16
s:prais 0:0.21 3:0.2 4:0.14 5:0.13 12:0.11
s:premium 5:0.13
s:prescrib 2:0.11
s:prescription 2:0.19 5:-0.24 9:-0.24
s:press 13:-0.1
s:previou 3:0.11
s:price 0:-0.25 1:-0.11 2:-0.13 4:0.97 7:0.12 9:0.11 13:-0.17
s:priceless 1:-0.11 5:0.12
s:pricey 4:0.14 11:-0.15
s:print 1:0.27 2:-0.11 4:0.29 8:-0.11
s:private 0:0.14 2:0.18 4:0.14 5:-0.13
s:privilege 11:-0.1
s:priya 1:0.14 8:0.12
s:problem 1:-0.11 2:0.25 9:0.2
s:process 0:0.18
s:product 1:0.24 2:0.12 9:-0.11
s:professional 11:-0.14
s:progress 1:0.11
s:promis 0:0.19 6:0.11 12:0.2
s:proper 0:-0.24 1:0.18 4:-0.14 5:0.17 8:-0.41 9:0.18 12:0.38
s:pt 2:0.1 9:0.1
s:pub 0:-0.13 8:0.15 10:0.12 11:-0.13
s:puddle 1:-0.1 3:-0.16 5:0.11 12:-0.12
s:pull 5:0.13 8:-0.11
s:pushchair 5:0.11
s:pushy 1:0.12 8:-0.1
s:put 0:-0.11 5:0.14 10:0.17 11:-0.13
s:putt 0:0.12
s:qr 13:-0.13
s:question 0:-0.11 1:0.1 2:0.19 5:-0.13 6:-0.12 13:0.12
s:queu 0:0.19 1:-0.12 2:0.1 6:-0.24 12:-0.11
s:queue 0:0.87 2:-0.14 5:-0.18 7:-0.29 8:0.13
s:quibble 0:0.1 7:0.21 12:-0.1 13:0.15
s:quick 0:0.36 4:-0.11 5:-0.14 6:-0.19 7:0.28 9:0.19 10:0.17
s:quicker 0:0.12
s:quid 1:-0.12 2:0.11 4:0.13 12:-0.11
s:quiet 8:0.14
s:quiz 0:-0.11
s:quot 1:0.11 4:0.23 6:0.13 7:0.19 9:0.1 11:0.12 12:0.13
s:quote 4:0.2 6:0.23
s:r 5:0.11 12:0.12
s:rais 5:-0.14
s:ramp 7:-0.14
s:ran 2:-0.14 4:-0.11
s:rang 0:0.22 1:0.1 3:-0.12 5:-0.28 6:0.22 7:0.19 13:0.32
s:rank 12:-0.12
s:rash 2:0.13 9:0.11
s:rate 0:-0.1 4:0.24 6:0.14 13:-0.14
s:rather 5:-0.16
s:rattl 2:0.1
s:rattle 12:-0.1
s:rave 5:0.19
s:rd 12:-0.13
s:read 2:0.21 5:0.22 6:0.11 9:-0.32
s:ready 0:0.22 1:-0.2 2:-0.19 6:0.21 7:0.1 12:0.15
s:real 2:0.22 3:-0.13 6:0.1 11:-0.24 13:-0.15
s:reason 11:0.12
s:reasonable 3:0.11 4:0.19 11:0.34
s:reassur 2:0.18 9:-0.23 13:0.11
s:receipt 6:-0.12
s:receiv 0:0.11 6:0.1
s:reception 1:0.18 6:0.1 8:-0.25
s:receptionist 1:0.57 4:-0.11 5:-0.21 8:-0.46
s:reckon 2:0.12 5:-0.11
s:recognition 2:0.13
s:recommend 2:0.28
s:record 3:-0.15 7:-0.18
s:red 1:-0.13 3:0.13 12:0.16
s:refit 13:-0.11
s:refund 0:0.21 6:0.14 12:-0.12
s:regular 6:-0.15 8:-0.1 11:-0.13 13:-0.15
s:reject 5:0.11
s:reliable 13:-0.13
s:remain 5:0.11
s:remember 1:0.19 2:-0.12 8:0.2 12:0.13
s:removal 5:0.16
s:renewal 1:0.1
s:rent 11:-0.16
s:repair 0:0.12 6:0.24 12:0.12
s:repay 7:0.25
s:repeat 5:-0.15
s:replac 5:0.21 13:0.19
s:replacement 6:0.13 7:0.11 13:0.16
s:repli 5:0.12 6:0.1 12:-0.11
s:reply 0:-0.29 4:-0.15 6:0.29 12:0.21 13:-0.18
s:report 0:0.46 7:-0.11
s:request 0:0.11 2:-0.11
s:resident 0:-0.12
s:response 8:-0.12
s:restaurant 6:0.13 12:-0.18
s:result 7:-0.1
s:return 2:-0.15 4:0.14 5:0.1
s:review 0:-0.1 3:0.11 11:0.11 12:0.2
s:rewir 9:0.13
s:right 1:-0.13 2:0.4 4:-0.13 6:-0.18 9:0.19
s:ring 1:-0.1 6:0.5 7:-0.15 12:-0.18 13:-0.36
s:rip 4:0.13 11:-0.15
s:rise 6:0.11
s:road 0:0.24 1:-0.28 3:-0.16 5:0.18 6:-0.13 7:-0.14
s:roast 5:0.18 12:0.12
s:robbery 0:-0.11 4:0.12 11:-0.12
s:rock 5:0.19
s:roll 2:-0.1 3:0.2 6:-0.11 8:-0.13 12:-0.11
s:roof 2:0.13 12:0.12
s:room 0:-0.24 3:0.67 4:-0.14 5:-0.17 8:0.11 9:0.12 10:0.12 12:-0.27 13:-0.13
s:rota 1:-0.12 2:-0.12 5:-0.13 6:-0.18
s:rough 5:0.26 12:-0.2
s:round 0:0.23 1:0.11 2:-0.14 4:-0.11 5:-0.15 8:-0.11 11:0.15 13:-0.18
s:route 11:-0.11
s:router 2:0.16 11:-0.12
s:rubbery 8:0.14
s:rubbish 1:-0.11 5:0.19 12:-0.27
s:rude 1:0.43 2:-0.18 3:-0.15 4:-0.17 5:-0.47 6:-0.25 8:-0.57
s:rule 2:0.1
s:run 8:0.11
s:runn 0:0.1 5:0.21 6:0.35 7:-0.15 12:-0.11
s:rush 0:-0.15 1:0.29 2:-0.23 6:0.15 13:-0.14
s:s 4:0.21 5:0.17
s:safe 5:0.11 12:0.12
s:said 0:0.14 1:0.22 2:0.3 6:0.44 7:0.23 9:-0.15 13:-0.33
s:sale 5:0.13 12:0.13
s:salesman 1:0.19 8:-0.31
s:salon 5:-0.11
s:same 3:-0.12 5:-0.13 7:-0.13 8:0.12 10:-0.18 12:-0.11
s:sandwich 4:0.11 12:0.13
s:sat 6:0.28 13:-0.24
s:saturday 0:0.26 2:-0.11 4:-0.13 5:-0.14 7:-0.18
s:saved 0:-0.11 1:-0.16 2:0.32 9:0.27 11:0.18
s:saw 6:-0.11
s:say 0:0.17 1:0.11 2:-0.3 3:0.17 4:-0.17 5:-0.13 6:0.22
s:saying 0:0.14 1:-0.12 2:-0.14 3:0.11 6:0.23 7:-0.15 12:-0.11 13:-0.28
s:says 2:0.11 5:0.1 7:-0.11 9:-0.14 13:-0.12
s:scan 0:0.14
s:scanner 6:0.21
s:science 5:0.14
s:scone 5:0.23 12:-0.11
s:scratch 5:0.39 8:0.11
s:screen 0:0.16 5:0.25 6:0.2
s:script 9:-0.12
s:seam 5:0.14
s:seat 2:-0.11 3:0.44 4:0.11 5:0.14 10:-0.15 11:0.26
s:second 0:0.18 2:0.19 6:-0.21 7:0.1
s:section 1:0.1 3:0.12
s:see 2:-0.12 10:-0.17 11:-0.13
s:seed 5:0.16 12:0.15
s:seem 2:0.16 8:-0.12 9:-0.22
s:seen 1:0.28 3:0.11 8:-0.19 9:-0.15 10:0.15
s:sehr 0:0.16
s:self 0:0.2 1:-0.1 5:-0.16
s:sell 0:-0.22 1:-0.14 2:0.16 5:0.14 6:-0.17
s:semi 5:0.12
s:send 0:-0.15 6:0.19
s:sent 0:0.1 3:-0.16 6:0.46
s:serv 0:0.18 5:0.25 7:-0.18 8:-0.17
s:service 3:-0.13 4:0.19 7:-0.22 8:0.1 11:-0.12 12:0.14 13:-0.18
s:session 0:-0.1 9:0.15 11:-0.11 12:0.11
s:set 1:-0.11
s:seven 0:0.13 6:0.1 7:-0.11 13:-0.12
s:several 3:0.12 4:0.31 5:0.11 8:0.23 9:0.25 11:-0.27
s:shame 0:0.14 1:0.12 7:-0.1
s:she 2:0.3 5:0.16 6:0.12 12:0.22 13:0.11
s:shed 1:0.11
s:sheet 6:0.11
s:shelve 3:0.11
s:shes 5:0.11
s:shift 0:-0.23 1:-0.2 6:-0.2 12:-0.11
s:shirt 5:0.13 12:-0.13
s:shock 5:-0.16
s:shoe 5:0.14
s:shop 0:-0.17 2:0.23 7:0.11
s:shopper 10:-0.11
s:short 1:-0.13 12:0.16
s:shot 5:0.12
s:should 5:-0.15 6:0.16 9:-0.18 13:-0.11
s:shout 0:-0.11 1:0.18 4:0.11
s:show 0:-0.18 6:0.44 9:0.14 13:0.34
s:shower 0:0.23 7:-0.1 10:-0.17 11:0.11
s:shrugg 1:0.11 5:0.14 8:-0.15 12:-0.12
s:side 5:0.26 9:0.11
s:sigh 0:-0.1 1:0.17 8:-0.14
s:sign 5:0.11 12:-0.12
s:since 0:0.19 5:0.11 7:0.29 10:0.19
s:single 0:-0.13 6:0.15 13:-0.18
s:sink 11:-0.11
s:sit 6:-0.13
s:site 0:0.12 1:0.13 7:0.12
s:sitt 6:0.11
s:six 4:-0.13 5:0.32 7:-0.18
s:skimm 5:0.12
s:skirt 5:0.15 11:-0.16
s:sleep 5:0.22
s:sleeve 10:-0.13
s:slept 5:0.11
s:slide 6:0.12
s:slow 0:0.29 1:0.14 7:-0.15 9:0.12 11:0.13 13:0.12
s:small 1:0.18 4:0.19 8:0.11 11:-0.13
s:smear 2:-0.1
s:smell 0:-0.12 2:-0.14 3:0.71 5:-0.15 6:-0.16 10:-0.15
s:smelt 3:0.15
s:smil 1:0.11
s:smile 5:-0.12 8:-0.28
s:snapp 4:-0.14 5:0.23 12:-0.15
s:so 1:-0.13 2:-0.15 3:-0.31 6:0.28 7:-0.21 10:-0.2 12:-0.16
s:social 6:0.1
s:sofa 1:0.14 3:0.16 5:-0.13
s:soggy 5:0.16 12:-0.14
s:sold 2:0.11
s:solid 12:0.11
s:some 2:0.15 4:0.14 8:-0.21
s:somebody 1:0.12
s:someone 1:-0.2 2:0.17 3:0.35 9:-0.19 10:-0.18 11:0.1
s:somewhere 1:0.12
s:son 0:-0.14 1:0.18
s:song 1:-0.1
s:sons 1:0.1
s:sore 0:-0.15 1:-0.16 5:0.19
s:sort 0:0.26 1:0.16 2:0.22 7:0.28 9:0.23
s:sound 1:0.28 6:0.13 8:0.22 12:0.23
s:sourdough 1:0.1 5:0.11
s:spa 4:0.11
s:space 5:-0.14
s:spacer 1:-0.1
s:spaniel 1:-0.11
s:spare 0:-0.13
s:sparky 1:0.12
s:speak 0:-0.18 6:0.21
s:specialist 2:0.17 9:-0.13
s:speck 10:0.1
s:speech 5:0.1
s:speed 0:0.13 5:0.32 7:0.1
s:speedy 0:0.11
s:spend 0:0.14 7:-0.12
s:spent 6:-0.17 7:-0.11 8:0.29 11:0.14
s:spoke 1:0.19
s:spoken 0:-0.12 1:0.12
s:spot 9:0.11
s:spotless 1:-0.21 3:0.62 9:0.14 10:0.65 12:0.17
s:spott 2:0.33 4:0.14 5:-0.17 9:0.37
s:spring 5:0.13
s:squeez 6:-0.11
s:st 5:-0.17
s:staf 1:0.13
s:staff 1:0.62 2:0.18 3:-0.22 4:-0.12 5:-0.17 6:-0.31 11:-0.18
s:stage 13:0.12
s:stain 2:-0.1 5:0.11
s:stale 5:0.18 12:-0.13
s:stand 0:0.21
s:star 1:0.17 5:0.14 12:0.16 13:0.12
s:start 2:-0.2 3:0.29 4:-0.12 6:0.14 7:-0.29 9:-0.12 10:0.15 13:0.18
s:starter 2:0.15 9:-0.14
s:state 10:-0.13
s:statement 1:0.13
s:station 3:0.11
s:stay 1:0.13 5:0.11 6:-0.16
s:steal 4:0.12 11:-0.13
s:steep 11:-0.14
s:steer 3:0.12
s:stellar 10:-0.14
s:step 1:0.14 2:-0.11 5:-0.1 6:0.28 13:0.27
s:sticky 3:0.32 10:-0.27
s:still 0:0.1 2:-0.1 3:-0.12 5:0.19 7:-0.4 9:-0.32 10:-0.22 11:-0.18 12:-0.32 13:-0.42
s:stone 0:0.12 7:-0.16 12:-0.1
s:stood 0:0.17
s:stopp 6:0.25 7:-0.11 10:0.22 12:-0.12 13:0.31
s:storage 0:-0.1 6:0.12
s:store 5:-0.12 6:-0.15 12:-0.1
s:story 0:0.14 5:0.13 12:0.24
s:straight 2:0.11 7:0.1 9:0.19 10:-0.11
s:straw 1:-0.11 3:0.11
s:street 6:0.11 11:-0.11
s:streetlight 0:0.2 7:-0.25
s:strength 2:0.11
s:stress 2:0.17
s:strong 1:-0.13
s:stuck 10:-0.3
s:student 2:0.17 6:0.11
s:stuff 2:0.3 9:0.21 13:-0.1
s:stunn 5:0.23 12:0.17
s:stylist 1:0.15 5:0.19
s:such 1:0.11 5:-0.11
s:suit 0:-0.1 1:0.16 2:0.11
s:summ 8:0.11
s:summary 0:-0.12 4:0.17 5:-0.14 13:0.15
s:summer 5:0.13
s:sunday 0:-0.12 10:-0.11 11:-0.11
s:super 5:0.32 12:0.29
s:superb 7:0.25
s:supermarket 6:-0.11
s:supervisor 1:0.13
s:supplement 2:0.12
s:supplier 7:0.12
s:support 0:0.11 2:0.18 9:-0.16 12:0.15
s:supposed 1:0.11
s:sure 0:-0.21
s:surgery 0:0.25 1:-0.14 3:0.24 5:-0.22 7:0.17 8:-0.21 9:0.12 10:0.24
s:surpris 1:-0.12 4:-0.12 10:0.14 11:0.15
s:swapp 13:0.11
s:sweetheart 5:-0.1
s:swept 3:0.3 10:0.11
s:swimm 5:0.1
s:switch 1:-0.1
s:symptom 9:-0.14
s:system 0:0.1 1:-0.16 5:-0.11 6:-0.14 7:0.11 12:-0.11
s:ta 7:0.12 10:0.34 12:0.11
s:table 0:0.11 1:0.18 3:0.35 5:-0.21 6:-0.12 10:-0.33 13:-0.1
s:tablet 2:0.25 6:0.1 7:0.23 9:-0.11
s:tag 1:-0.13
s:tait 1:0.13
s:take 0:0.23 1:0.2 3:-0.11 7:-0.24 9:0.1
s:takeaway 4:0.17 5:-0.16
s:taking 7:-0.13
s:talk 1:0.3 2:0.13 5:-0.14 8:-0.43 9:0.19 13:0.18
s:tap 5:0.2 7:-0.11 12:-0.15
s:tast 5:0.13 12:-0.12
s:taste 5:0.3 12:-0.23
s:tasty 5:0.13
s:taught 6:-0.11
s:tax 2:0.11 4:-0.16
s:tbh 0:-0.15 5:0.23 12:-0.19
s:tea 12:-0.11
s:teacher 0:-0.14 6:0.14
s:team 1:0.22 4:-0.1 5:-0.12 10:0.13
s:tell 0:0.13 1:-0.13 2:0.18 3:-0.12 6:0.38
s:ten 7:0.22 8:-0.13 11:-0.14 12:0.11 13:0.13
s:tenner 11:0.35
s:terrible 5:0.1
s:test 12:-0.14
s:text 0:-0.23 2:-0.24 3:-0.18 4:-0.13 5:-0.2 6:0.87 13:0.49
s:th 0:0.11
s:than 0:0.15 1:0.1 4:0.19 5:0.11 6:-0.16 7:0.22 9:0.22 10:0.2 12:0.27
s:thank 0:-0.19 4:-0.17 5:-0.22 13:-0.17
s:that 1:0.13 2:0.22 3:-0.27 4:0.16 6:0.16 8:0.28 9:0.12 11:0.11
s:the 0:-0.34 1:-0.33 3:-0.2 4:-0.24 6:0.11 7:-0.15 8:0.25 10:-0.15 12:-0.2
s:theatre 0:0.11
s:their 0:-0.15 1:0.43 2:-0.22 4:-0.23 5:-0.27 6:0.21 8:-0.19 9:0.24 13:0.14
s:them 0:-0.18 1:0.3 3:0.17 5:0.24 6:0.23 7:-0.17 9:-0.14 10:-0.12 11:0.14
s:themselve 5:0.2 12:0.11
s:then 1:0.15 3:0.16 4:0.15 6:0.25 9:-0.1 10:-0.15 11:-0.18 13:-0.28
s:therapist 5:-0.15
s:there 0:0.2 3:0.19 5:0.22 10:-0.27 12:-0.3 13:-0.21
s:these 0:-0.15 11:0.11 12:0.11
s:they 0:0.18 6:0.31 7:0.17 8:0.13 9:-0.29 11:0.28 12:-0.13 13:0.18
s:theyd 3:-0.1 6:0.11 9:0.12 12:0.24
s:theyre 11:-0.1
s:theyve 1:-0.15
s:thing 4:0.19 6:-0.19 7:0.19 8:-0.15
s:think 1:-0.21 3:-0.1 4:0.27 9:-0.1 10:-0.1
s:third 5:0.18 12:-0.12
s:this 0:-0.12 1:-0.11 3:-0.19 5:-0.28 7:0.19 8:0.11 10:0.15
s:tho 1:0.1 8:0.15 12:0.1
s:thorough 1:-0.16
s:those 5:0.16
s:though 0:0.45 1:0.25 2:0.15 5:0.14 7:-0.11 8:0.24 10:-0.13 12:0.2 13:-0.12
s:thought 2:0.17 3:0.12 12:0.14
s:three 2:0.12 5:0.29 9:-0.24 12:-0.2 13:-0.37
s:thrill 12:0.11
s:through 0:0.26 1:-0.13 6:0.31 9:0.15 13:0.49
s:thursday 0:0.23 5:-0.11 7:-0.42
s:thyroid 2:0.14 9:0.15
s:ticket 0:0.11 1:0.13 4:0.15 7:-0.14
s:tidy 3:0.26 10:0.26
s:tile 9:0.1
s:till 0:0.36 2:-0.19 5:-0.19 7:-0.31 8:-0.14
s:time 0:0.19 1:0.4 3:-0.22 5:0.21 6:0.16 7:-0.18 8:-0.28 11:-0.15 12:-0.18
s:tip 1:0.11 3:0.36 8:0.13 10:-0.24
s:tipp 0:0.14
s:to 1:0.2 3:-0.24 5:-0.26 6:0.2 8:-0.31 9:-0.16 10:-0.26 11:-0.19 13:-0.14
s:toast 11:-0.15
s:toaster 13:0.12
s:today 1:-0.1
s:toilet 0:-0.27 2:-0.18 3:0.72 10:-0.32
s:told 0:-0.35 1:-0.2 2:0.74 3:-0.28 4:-0.22 6:0.16 7:-0.31 9:-0.44 13:-0.46
s:tomorrow 1:0.11
s:too 1:0.35 2:-0.13 3:0.11 5:0.34 8:0.14 10:0.11 12:0.19
s:took 0:0.52 1:0.21 4:-0.16 5:0.15 7:-0.18 8:0.27 9:0.16 13:-0.13
s:top 1:-0.1 2:0.11 6:0.2 9:0.14 11:-0.13
s:total 8:-0.11
s:touch 0:-0.14 3:0.12
s:towel 5:-0.13 11:-0.11
s:town 1:0.24 3:-0.12 4:0.27 11:0.16 12:0.19
s:tr 4:0.23 5:0.13
s:track 6:0.42 11:0.12
s:trade 9:0.1 11:0.12
s:traffic 1:0.14 8:-0.13
s:train 1:-0.15 2:0.4 5:-0.2 11:-0.3 13:-0.18
s:transfer 0:0.1
s:transferr 5:0.13
s:travel 2:0.12 9:-0.11
s:treat 1:0.16 2:0.18 8:-0.18 10:0.19
s:treatment 4:0.15 11:-0.21
s:tried 5:0.18
s:trim 5:0.27
s:trimm 5:0.12
s:trolley 0:0.22 1:-0.1 3:0.15
s:trop 4:0.13 11:-0.15 12:0.12
s:trust 2:0.11
s:try 1:0.19 8:0.18
s:trying 3:0.12 8:-0.12
s:tuesday 2:-0.13 13:-0.12
s:turn 0:0.18 1:-0.14 2:0.16 6:0.14 11:0.16
s:tv 0:-0.14
s:twenty 0:0.2 2:0.14 11:0.1 12:0.1
s:twice 1:0.11 7:-0.13 9:-0.13 11:-0.13 12:-0.21
s:two 0:0.35 2:0.24 3:-0.19 4:0.16 7:-0.11 11:0.12 12:0.17
s:tyre 1:-0.15 2:0.21 6:-0.14 11:0.11 12:-0.1
s:u 11:0.1
s:unable 0:0.11
s:under 1:-0.11 2:-0.11 3:0.26 7:0.21 10:-0.11 11:0.13
s:understand 0:-0.12 1:-0.17 2:0.15 5:-0.25 6:0.32
s:understood 6:0.21 13:0.17
s:unfair 0:0.14
s:unhelpful 1:0.1
s:uniform 5:-0.13
s:unit 5:-0.16
s:unreal 11:0.37
s:until 6:0.19 7:-0.19 12:-0.16 13:-0.12
s:up 0:0.14 2:-0.1 4:-0.14 6:0.14 7:-0.35 9:0.12 10:0.38 13:-0.13
s:updat 6:0.23
s:update 1:-0.13 6:0.37
s:upgrad 2:0.1
s:upgrade 5:0.18
s:upload 6:0.12
s:upsell 1:0.28 5:-0.11
s:us 3:-0.23 5:-0.1 8:0.12 12:-0.12
s:use 1:-0.12 2:0.33 6:-0.15 9:0.13
s:used 4:0.14 6:-0.12 10:-0.13 12:-0.11
s:useful 2:-0.1
s:usher 1:0.11
s:using 2:0.14 5:-0.1
s:usual 11:0.13
s:valet 3:0.43 5:0.11 10:-0.11 11:0.22
s:valu 0:-0.14 11:0.14
s:value 4:0.45 5:-0.1 11:0.35
s:van 0:0.18 6:0.11 7:0.15
s:varifocal 5:0.15
s:vegan 12:-0.13
s:venue 6:0.17
s:very 0:-0.1 2:0.19 3:0.1 7:0.11 8:0.25 10:0.14 11:-0.25 13:-0.17
s:vet 0:-0.25 1:0.15 2:0.18 8:0.1 12:0.18
s:vets 5:-0.12
s:video 6:0.19
s:view 2:-0.11 3:-0.24 5:-0.19 12:-0.14
s:village 11:0.1
s:visit 1:0.12 2:0.11 5:-0.2 7:0.28 9:-0.12
s:visitor 5:0.1 12:0.14
s:vivaldi 0:0.12
s:voicemail 0:-0.15
s:volunteer 1:0.12
s:voucher 4:0.16 11:0.11
s:wait 0:1.01 1:-0.39 2:-0.24 3:0.13 4:-0.32 5:-0.38 7:-0.1 8:0.21 11:0.24 12:0.39 13:-0.12
s:waitd 0:0.1
s:waiter 1:0.42 5:0.15 10:-0.12
s:waitin 6:0.22
s:waiv 11:0.13
s:walk 0:0.21 1:0.21 4:-0.13 5:-0.14 6:-0.13 7:-0.17
s:want 1:0.28 2:-0.16 8:-0.11
s:ward 3:0.1 9:-0.1
s:warden 1:0.23 8:-0.15
s:warm 4:0.11 8:0.11 12:-0.2
s:warranty 2:0.14 5:-0.11 9:-0.14
s:was 1:0.2 3:-0.19 5:0.11 11:0.22 12:-0.35
s:wash 0:-0.19 6:-0.11 11:0.15 12:-0.12
s:washer 5:-0.11
s:wasnt 0:0.15 5:-0.1 6:0.13 8:-0.26 9:-0.14 12:-0.14 13:-0.13
s:watch 5:-0.14
s:water 2:0.13 3:-0.13 11:-0.15 12:-0.14
s:way 5:-0.18 6:0.14 11:-0.15 13:0.14
s:we 1:0.18 2:-0.11 4:0.26 6:0.18 10:0.27 11:-0.27
s:wear 1:-0.19
s:website 5:-0.12 13:-0.23
s:wed 6:0.15 13:-0.14
s:wedd 0:-0.15 1:0.13 4:-0.12 5:0.4 6:0.37 11:0.1 12:0.22
s:wednesday 7:0.12
s:week 0:0.63 1:-0.36 3:0.1 4:-0.3 6:0.18 7:-0.52 9:-0.18 10:-0.12 12:-0.12 13:-0.32
s:weekend 0:0.13 13:0.11
s:welcom 8:-0.39
s:welcome 1:0.18
s:well 0:-0.1 4:0.1 5:0.14 6:0.11 7:0.15 9:0.14 12:0.33
s:went 1:-0.13 4:-0.32 7:-0.1 9:-0.11 10:-0.17 12:-0.17 13:0.15
s:were 3:0.21 4:0.15 6:0.24 7:-0.21 12:-0.25
s:werent 12:-0.16
s:wet 3:0.19 10:-0.12
s:weve 10:-0.13 13:-0.13
s:what 0:-0.14 1:-0.42 5:-0.25 6:0.45 9:-0.17 13:0.33
s:whatsapp 2:-0.11 6:0.12
s:wheel 3:0.1 5:0.13 11:0.14 13:-0.13
s:wheelchair 8:0.12
s:when 1:0.3 4:0.14 5:0.14 6:0.32 8:-0.29 9:-0.12 11:-0.34 12:-0.23
s:where 6:0.39 11:0.18 13:0.32
s:whether 0:-0.21 1:-0.27 2:0.21 3:-0.11 5:-0.34 6:0.17 9:-0.15 10:-0.11 13:-0.15
s:which 0:-0.11 1:-0.2 2:0.41 3:0.11 4:0.11 5:-0.19 8:0.25 10:0.26 13:0.18
s:while 0:0.17 1:0.11 5:-0.12 7:0.28 11:0.23 13:0.12
s:white 5:0.1
s:who 1:0.34 2:0.26 6:-0.14 9:-0.17 10:-0.21 12:0.32
s:whole 1:0.2 2:0.15 8:-0.23
s:whoop 4:-0.11
s:whos 1:0.11 5:-0.11 13:0.12
s:why 0:0.35 4:-0.19 6:0.42 13:-0.12
s:wide 8:-0.24
s:wifi 5:0.41 6:-0.16 9:-0.12
s:will 0:-0.11 5:-0.21 13:-0.1
s:window 5:0.16 7:0.14 9:-0.11 13:0.13
s:wine 1:-0.14 5:0.22 12:0.29
s:winter 5:0.11 12:0.16
s:wipe 3:0.13
s:wiped 0:0.11 3:0.22 10:-0.11
s:with 1:0.56 4:0.19 6:0.19 8:0.15 12:0.1
s:within 0:0.23 5:0.13 7:0.48 8:-0.11 12:-0.15 13:0.17
s:without 2:0.24 5:0.21 6:0.22 7:0.22 8:0.21 12:-0.21
s:woman 0:-0.11 1:0.24 2:0.11 6:-0.24
s:wont 1:-0.11 3:-0.11 5:0.29 9:-0.12 12:-0.26
s:word 9:0.11
s:work 1:-0.14 2:0.34 4:-0.19 7:-0.16 9:-0.33 10:0.19 12:0.16
s:worn 2:0.1 6:0.2 9:0.14 13:0.15
s:worth 3:-0.2 4:0.41 5:0.35 12:0.19 13:0.12
s:wot 2:0.14 3:0.11 10:-0.12
s:would 1:-0.33 4:-0.22 6:0.1 7:0.15 8:0.12 10:-0.15 13:-0.2
s:wouldnt 1:0.13 4:0.1 8:-0.2 12:-0.15
s:wow 7:-0.1
s:wrapp 12:0.26
s:write 0:-0.11 1:-0.12 5:-0.14 6:-0.16
s:written 6:0.15
s:wrong 0:-0.14 2:0.9 3:-0.12 5:-0.14 6:-0.15 8:-0.14 9:-0.36 12:-0.15 13:-0.1
s:x 8:0.16
s:yeah 9:-0.1
s:year 2:0.29 3:-0.13 8:0.19 9:0.11 12:0.16
s:yes 2:0.19 9:-0.17
s:yesterday 5:0.18
s:yet 9:0.18
s:you 5:-0.17 10:0.25 11:0.18 12:-0.1 13:0.19
s:youd 1:-0.18 5:-0.14
s:younger 0:-0.11
s:your 3:0.14 6:-0.18 10:0.24
s:youre 1:0.12 8:-0.19
s:youtube 9:-0.11
s:zero 10:0.18
s:£ 0:-0.29 1:-0.14 4:2.04 5:0.15 6:0.31 7:0.17 10:0.2 11:-0.71 12:-0.19 13:-0.19
s:€ 4:0.14 5:0.12 11:-0.15 12:0.14
u:! 1:-0.18 2:-0.26 3:-0.12 4:0.24 5:0.12 6:-0.15 10:0.36 12:0.7
u:$ 8:-0.12
u:% 4:0.22
u:02 7:0.11
u:1 1:-0.14 4:0.11 5:-0.16 6:0.16 7:0.15 13:-0.13
u:10 0:0.2 1:-0.19 3:-0.12 4:-0.11 7:0.17 9:-0.15 13:-0.11
u:100 5:-0.11
u:12 0:0.3 4:0.11 5:0.15
u:120 5:0.12
u:14 3:0.12 5:0.2
u:140 4:0.12 11:-0.12
u:15 4:0.11 11:0.13
u:18 4:0.15 6:0.21 11:-0.11
u:180 5:0.14 11:-0.2
u:19 11:0.13
u:2 0:0.35 2:-0.13 3:-0.18 7:-0.13 10:0.14 11:0.11 13:0.18
u:20 0:0.31 1:-0.18 5:-0.18 10:0.11
u:2019 0:0.1
u:22 5:-0.11 6:0.12 11:-0.12
u:24 7:0.17 11:-0.1
u:3 0:0.44 1:-0.11 3:-0.14 6:-0.18 9:-0.23 12:0.25 13:-0.16
u:30 1:0.11 5:-0.26 13:0.14
u:300 8:0.15
u:340 6:0.1 13:-0.11
u:35 0:0.1 3:0.11 11:0.16
u:350 12:-0.11
u:38 12:-0.36
u:4 0:0.35 3:-0.2 5:-0.16 6:0.11 7:-0.32 11:-0.32
u:40 0:0.12 2:0.14 4:0.13 12:-0.15 13:-0.2
u:400 5:-0.11
u:45 0:0.35 4:0.21 7:-0.14 11:-0.23
u:48 4:0.14 5:0.22 11:-0.16
u:5 0:0.22 2:-0.1 11:0.21 12:0.12
u:50 0:0.2 4:0.12 6:0.14 7:-0.27 11:-0.21 13:-0.11
u:500 5:0.13 12:-0.15
u:6 0:0.25 1:-0.11 6:0.19
u:60 5:0.12 11:-0.14
u:65 4:0.13
u:7 0:0.25 11:0.11 13:-0.22
u:70 4:0.17 11:-0.11
u:8 0:0.19 5:0.19 6:-0.14 7:-0.1 12:0.24
u:80 4:0.17 5:0.11 11:-0.15 12:-0.13
u:800 4:-0.11
u:9 0:0.1 4:0.14 5:-0.17
u:90 0:0.14 3:-0.14 7:-0.14
u:99 0:0.12 4:0.12
u:? 0:-0.15 1:-0.19 5:-0.34 7:-0.29 11:-0.14 13:-0.13
u:a 0:-0.18 1:-0.1 3:-0.19 4:0.13 5:-0.12 7:-0.29 8:-0.27 10:-0.27
u:about 4:-0.24 5:-0.11 10:0.24 13:-0.17
u:abroad 3:-0.1
u:absolute 2:-0.12 4:0.15 6:0.16 7:0.11
u:account 0:0.13 5:-0.11 6:0.14 7:0.16 11:0.12
u:acted 1:0.25 8:-0.21
u:actually 6:0.17 7:0.11 8:0.25 9:0.18 10:0.14 11:0.12 12:0.37 13:0.48
u:address 8:-0.11
u:advertised 12:-0.13
u:advice 2:0.4 9:-0.14
u:adviser 0:-0.12 2:0.13 9:-0.12
u:advisers 2:0.12
u:advisor 2:0.1 7:-0.16 13:-0.14
u:after 0:0.14 2:-0.15 3:0.19 4:-0.15 5:0.36 6:0.12 7:0.16 10:0.21 13:0.17
u:afternoon 10:-0.11
u:afterwards 1:0.12 7:0.11
u:again 5:0.36
u:against 2:0.13
u:agent 0:0.12 5:-0.25 6:0.14 9:-0.17 13:-0.17
u:agents 0:-0.14
u:ages 6:-0.12 7:-0.13
u:ago 6:0.14
u:agreed 0:-0.13 5:0.26 6:0.16 8:0.12
u:ahead 0:0.21
u:air 10:0.17
u:aisles 3:0.15
u:alarm 5:-0.14
u:all 1:0.25 2:0.27 3:0.13 4:-0.2 6:-0.19 9:0.12 13:0.22
u:allowance 2:0.11 9:-0.13
u:almost 0:0.13 4:-0.1 6:-0.12 10:0.16
u:already 4:0.11 5:0.12 6:0.18 9:-0.1 13:-0.18
u:also 2:0.11 4:0.11 12:0.1
u:always 0:0.14 1:0.18 2:-0.15 3:0.15 5:-0.14 7:0.14 8:0.23 10:0.18
u:am 7:-0.12
u:amazin 3:0.11 10:-0.12
u:amazing 3:0.13
u:amount 5:-0.11
u:an 0:0.21 1:-0.11 2:0.27 3:0.13 4:0.18 5:-0.18 9:0.12 10:0.16
u:and 0:0.15 1:0.24 2:0.34 3:0.27 5:0.11 6:0.25 8:0.19 9:0.36 11:0.29 13:0.26
u:animals 2:0.13 10:0.13
u:annual 12:-0.11
u:another 1:-0.2 3:-0.12 12:-0.11
u:answer 2:0.32 5:-0.22 6:-0.22 9:0.17 13:0.1
u:answered 0:0.14 7:0.15 8:0.13
u:answering 1:0.11
u:answers 2:0.22 4:-0.13 9:-0.16
u:any 2:0.17 5:-0.29
u:anyone 5:-0.2 10:0.11
u:anything 0:-0.12 6:0.12 8:0.11 9:0.2 12:0.13
u:anyway 5:0.11 12:-0.1
u:anywhere 7:0.13 11:0.15
u:apart 4:-0.1
u:apologetic 0:0.11 1:0.13 3:0.14 5:0.16
u:apologise 1:-0.1
u:apologising 1:-0.13 5:0.11
u:app 1:-0.12 2:-0.18 5:0.25 6:0.34
u:appointment 0:0.14 9:0.14 12:0.1 13:-0.21
u:appreciated 6:0.23 13:-0.13
u:apps 12:-0.11
u:april 5:-0.12
u:are 3:0.17 5:0.22 10:-0.31 11:-0.22 13:-0.18
u:area 3:0.24
u:arm 5:0.11
u:around 2:0.1
u:arrive 0:0.12 5:0.1
u:arrived 0:0.47 5:0.29 6:0.38 7:0.12
u:as 1:0.38 4:0.16 8:-0.16 10:0.16 11:0.17 12:0.15
u:ask 0:-0.14 1:0.23 2:0.3 3:-0.12 5:-0.13 6:-0.12 9:-0.38 13:-0.24
u:asked 0:-0.22 2:0.36 3:-0.31 4:-0.29 5:-0.15 6:-0.21 9:-0.28 11:0.12 13:-0.24
u:asking 0:-0.11 1:0.16 5:-0.15 8:-0.17 11:-0.17 13:0.12
u:asks 2:0.12
u:asleep 1:0.11 8:-0.16
u:assistant 4:-0.12 13:-0.19
u:at 0:0.37 2:-0.26 3:-0.12 8:-0.18 9:0.13 12:0.26
u:ate 1:0.12
u:attentive 5:0.11
u:august 0:0.1 7:-0.18 12:-0.12
u:autism 2:0.11
u:average 7:0.12
u:away 0:0.17 7:0.12
u:back 0:-0.15 1:0.18 2:-0.14 5:0.44 7:0.23 10:-0.33 12:-0.17 13:-0.14
u:backwards 2:0.12
u:bad 11:-0.11 12:-0.25
u:bag 0:0.16 5:-0.15 12:0.33
u:bags 11:-0.24
u:baked 5:0.11
u:bakery 5:0.17 12:0.14
u:band 1:-0.22
u:bang 7:0.11
u:bank 5:-0.2 9:-0.15
u:banking 5:0.14
u:banks 5:0.11 6:-0.15
u:bar 1:0.24 2:-0.17
u:barber 3:0.11
u:barely 13:-0.12
u:bargain 4:0.17 11:-0.18
u:basket 5:-0.11
u:bath 10:-0.19
u:bathroom 5:-0.15
u:bathrooms 3:0.2
u:battery 12:0.14
u:be 0:0.13 1:-0.15 4:0.12 8:-0.14 9:-0.16
u:beautifully 12:-0.16
u:because 5:-0.15 7:-0.27 8:0.12 12:-0.18
u:bed 0:-0.13 5:0.24 6:-0.11 11:0.13 12:0.11
u:been 4:-0.23 5:-0.14 6:0.21 7:-0.18 8:0.14 9:0.12 10:-0.28 11:0.1 13:-0.35
u:before 2:-0.22 3:0.1 4:-0.28 7:0.2 9:0.21 10:0.16 13:0.24
u:behind 0:0.12
u:being 4:-0.11 5:-0.2 6:-0.11 7:-0.2 8:-0.28
u:bell 0:0.14 5:0.11 7:-0.1
u:best 0:-0.12 1:-0.2 3:-0.24 5:0.35 7:-0.13 11:0.19 12:0.54
u:better 1:0.14 2:0.15 8:-0.2 9:0.2 12:0.25
u:between 0:0.26 1:-0.17 4:0.11 7:-0.11 13:-0.11
u:bien 5:0.17 12:0.1
u:big 2:0.19 5:-0.12 6:-0.13 11:0.18
u:bike 0:0.14 7:0.13 12:0.12
u:bill 1:0.23 2:-0.22 4:0.27 5:-0.15 6:0.54 8:-0.13 11:-0.12
u:bin 0:-0.16 1:-0.11 5:0.14 12:0.1 13:-0.23
u:bins 3:0.18 5:0.44 6:-0.11 10:-0.21 12:-0.2
u:bird 5:0.13 12:0.16
u:birthday 1:-0.12 6:-0.11
u:bit 4:0.12 6:-0.23 9:0.22
u:bite 5:0.12 12:-0.11
u:bits 5:-0.12
u:bitter 5:0.14 12:-0.11
u:blamed 0:0.11
u:blind 0:-0.12
u:blocked 6:-0.1
u:bloke 0:-0.19 1:0.28
u:blood 2:0.19 3:-0.1 4:0.1 5:-0.1 8:0.12
u:blow 12:-0.14
u:board 6:0.12
u:boards 5:0.15 11:-0.16
u:boilers 0:0.11 5:-0.12
u:bone 12:0.3
u:book 1:-0.13 4:-0.13 5:-0.11
u:booked 0:0.16 3:0.1 5:0.39 12:0.12
u:booking 0:0.12 5:-0.16 6:0.12 7:0.11 13:0.16
u:books 4:0.25 5:-0.12 11:0.14
u:booth 1:-0.11 3:0.14
u:boots 5:0.11 12:0.16
u:borrow 4:0.12
u:boss 2:0.11
u:bot 13:-0.13
u:both 0:-0.14
u:bought 5:0.4 12:0.15
u:box 4:-0.14 12:-0.12 13:0.12
u:boxes 12:-0.12
u:boy 8:-0.24
u:branch 2:0.16 5:-0.24 6:-0.14 7:0.28 9:-0.24
u:branches 13:-0.13
u:brand 0:0.19 3:0.12 5:0.23 7:0.16 10:0.11 12:0.13
u:bread 5:0.2 12:-0.23
u:break 5:-0.11
u:breakfast 5:0.28 8:0.19
u:bridal 8:0.22
u:brides 5:0.1 13:0.12
u:brill 0:0.1 7:0.1
u:brilliant 5:0.19 6:0.16 9:0.12
u:bring 6:0.12
u:broadband 5:0.3 9:-0.15 12:0.1
u:broken 0:0.29 12:-0.18
u:brought 5:-0.13 8:0.14 10:0.16
u:brown 7:-0.11
u:brows 5:0.15 8:-0.14
u:budget 0:-0.1 4:-0.11 11:0.26
u:build 6:0.11
u:builder 1:-0.13 6:0.16
u:builders 11:0.15
u:building 5:-0.12
u:bulb 2:0.13
u:burgers 10:-0.14
u:burnt 5:0.19 12:-0.12
u:bus 1:0.15 5:-0.16
u:busy 1:0.25 5:-0.14
u:but 0:0.17 1:0.39 2:0.25 3:0.23 4:0.24 5:0.3 6:0.16 7:-0.16 8:0.38 10:-0.24 11:-0.41 12:0.26
u:button 1:0.11
u:buy 6:-0.13 11:-0.16
u:by 0:0.48 1:0.14 3:0.23 5:-0.15 6:0.14 7:0.27 9:0.21 10:-0.12 13:0.21
u:cable 1:-0.11
u:caf 5:0.14
u:cafe 5:-0.2
u:cake 5:0.32 12:0.11
u:call 0:0.11 2:-0.23 5:-0.15 6:0.2 13:-0.29
u:called 5:0.1
u:callers 13:0.11
u:calls 0:0.13
u:calm 1:-0.17
u:came 0:0.23 2:-0.13 3:0.16 4:-0.13 6:0.1 9:0.25 13:0.12
u:can 9:0.14 10:0.1 11:0.24 12:0.12 13:0.28
u:canada 1:0.11
u:cancelled 0:0.12 1:-0.16 2:-0.1 6:0.21 7:-0.12
u:cant 0:0.17 1:0.1 4:0.19 6:-0.1 8:0.14 11:0.4 12:0.14
u:canteen 0:-0.13
u:car 0:0.21 1:0.15 2:-0.14 3:0.31 5:-0.24 13:-0.18
u:card 0:0.11 1:0.18 5:-0.14 8:0.3
u:care 5:0.14 12:0.15
u:careful 5:0.16
u:carpet 3:0.1
u:carried 1:0.17 5:-0.11 12:0.11
u:carrier 11:-0.26
u:carrying 5:0.11
u:cars 2:0.11
u:cashier 5:-0.17 8:-0.32 9:-0.13
u:cast 5:0.14
u:cat 12:0.13
u:ceiling 10:0.2
u:centre 0:0.1 3:0.12 7:-0.1 12:-0.1 13:-0.17
u:centres 5:0.15
u:chains 1:0.11 8:-0.13
u:chair 1:0.15 8:-0.16
u:change 1:0.17 5:-0.14 6:-0.22 8:0.19 10:0.12
u:changed 0:-0.12 13:-0.19
u:changing 0:-0.11 3:0.22 6:-0.15 10:-0.17 11:0.14 12:0.11
u:chaos 3:-0.1
u:chap 1:0.13 2:0.2 9:0.11
u:charge 0:-0.16 1:0.13 4:0.43 6:0.26 11:-0.3 13:-0.16
u:charged 3:0.11 4:0.6 5:0.12 11:-0.21 13:-0.15
u:charges 2:0.16 4:0.12
u:chase 2:-0.11
u:chat 6:0.12 8:-0.11 13:-0.25
u:chatted 8:0.16
u:chatting 1:0.1
u:cheap 2:-0.14 4:0.46 6:-0.13 7:0.1 11:0.52 12:-0.18
u:cheaper 2:0.14 4:0.12 7:0.11 9:0.19
u:cheapest 0:-0.1 11:0.23
u:check 0:0.3 7:0.1 9:0.27 12:-0.15 13:0.14
u:checked 2:0.18
u:checking 0:-0.11 1:0.17
u:checkout 0:0.26 2:-0.11 5:-0.13 6:0.25 7:-0.17 11:-0.19 13:-0.17
u:checkouts 0:0.11
u:cheerful 4:0.16 5:0.13 12:-0.16
u:cheers 0:0.12 12:-0.13
u:chef 5:0.19 8:0.15 10:-0.15 11:-0.14 12:0.16
u:cheque 9:-0.1
u:chewing 1:-0.11
u:children 0:-0.12 5:0.14 6:-0.11
u:childrens 3:0.12
u:chipped 8:0.11
u:chippy 0:0.12
u:chips 2:-0.1 3:-0.15 5:0.4 11:0.15 12:-0.31
u:choose 12:0.13
u:christmas 1:-0.24 6:-0.16
u:chunk 12:-0.1
u:circles 6:-0.11
u:city 5:0.11
u:claim 6:0.13
u:claims 9:0.11
u:class 0:-0.16 2:0.11 9:0.14
u:clean 0:-0.11 2:-0.16 3:0.63 4:0.1 6:-0.18 10:0.48 11:-0.14 12:-0.13
u:cleaned 0:-0.13 4:0.11 5:0.11 10:-0.12 11:-0.13
u:cleaner 3:0.32 5:0.24 7:-0.13 10:0.29
u:cleaners 3:0.11 8:-0.11
u:cleanest 10:-0.11
u:cleaning 4:-0.15 5:-0.11 10:0.11
u:cleanliness 1:-0.14 6:-0.14
u:cleans 10:-0.17
u:clear 6:0.22 13:0.19
u:cleared 2:0.1
u:clearly 2:0.21 6:0.19 12:-0.13 13:0.16
u:clerk 5:-0.11
u:clients 11:-0.16
u:clinic 0:0.15
u:clippings 3:0.12 10:-0.19 12:0.18
u:closed 4:0.11
u:closing 5:-0.16
u:cloud 5:0.11 12:0.11
u:club 5:0.12 12:-0.14
u:clubs 5:0.14
u:clueless 2:0.2 9:-0.14
u:clutch 3:0.11 5:0.14
u:coach 9:-0.11
u:coat 0:-0.12 5:0.26
u:cocktails 5:-0.1 11:0.18
u:code 13:-0.13
u:coffee 5:0.19 6:-0.13 10:-0.11 12:-0.14
u:cold 1:0.21 2:-0.13 3:-0.12 5:0.55 7:-0.24 11:-0.13 12:-0.24
u:colleagues 2:0.12
u:collection 1:-0.1 3:0.21 12:0.17 13:-0.16
u:colour 1:0.12 2:0.13 9:0.13
u:come 0:0.11 4:-0.1 7:0.16 11:0.13
u:comfy 12:0.11
u:coming 5:0.17 11:0.13
u:comment 1:0.13
u:commenting 10:0.21
u:comments 3:0.11
u:committee 5:0.11 12:-0.1
u:communication 6:0.11 13:-0.24
u:company 5:0.14 12:-0.22
u:compared 7:0.17 11:0.13
u:complain 3:0.12 7:0.12
u:complaining 7:-0.15 13:0.14
u:complaint 4:0.11
u:complaints 0:0.14 2:-0.12 4:-0.16 5:0.1 6:0.29 7:-0.15 10:0.11 12:0.12
u:complimentary 3:0.15 4:-0.2
u:compliments 1:0.12
u:computers 5:0.11 12:-0.1
u:confirmation 6:0.11
u:confused 13:-0.1
u:confusing 6:0.18 13:-0.32
u:consensus 12:-0.16
u:consistent 2:0.11
u:consistently 12:-0.14
u:constantly 5:0.18 12:-0.22
u:consulting 3:0.1
u:contact 7:-0.1
u:contract 1:0.11 5:-0.11 9:-0.1
u:contractors 5:0.11
u:conversation 8:-0.12
u:cook 9:0.11
u:cooked 5:0.11 12:0.1
u:coordinator 5:0.28
u:corner 2:-0.11
u:corners 0:0.14
u:cost 1:-0.14 4:0.22 11:-0.13
u:couch 5:-0.11
u:could 1:-0.17 2:0.66 3:0.11 4:-0.13 5:-0.27 11:-0.2 12:0.13 13:0.17
u:couldnt 1:0.11 2:0.18 4:-0.12 5:-0.2 7:0.12 9:-0.2 10:0.13 13:0.16
u:couldve 3:0.12 5:0.11 10:0.2
u:council 0:0.25 4:-0.11 7:-0.13
u:councils 2:-0.11 5:-0.11 6:0.12 13:-0.15
u:counter 1:0.25 5:-0.12 6:-0.26 7:0.13 10:0.14
u:couple 6:0.12
u:courier 0:0.2 2:-0.13 7:0.24 8:-0.15 12:-0.1
u:course 2:0.12 5:0.15 7:-0.18 9:0.12
u:courses 5:0.12 11:0.16 12:0.15
u:covered 0:-0.1 12:0.13
u:cracked 0:0.1 5:0.15
u:credit 5:0.18 13:0.15
u:crept 4:0.1 6:-0.1
u:crew 0:0.18 3:0.1 7:0.11 10:0.13
u:crisps 5:-0.1
u:crumbs 5:-0.15
u:current 4:0.1
u:curry 5:0.16 7:-0.15
u:curt 8:-0.15
u:customer 2:-0.13 3:-0.12 5:0.14 7:-0.1 11:-0.11 12:-0.13
u:customers 5:-0.24 6:0.33 7:-0.11 8:-0.11 12:-0.21 13:0.11
u:customs 1:0.11
u:cut 1:-0.11 3:0.18 5:-0.14 7:0.13 10:-0.15 11:0.15 12:0.16
u:cutlery 1:0.12
u:cutting 1:0.1 4:0.11
u:dad 8:0.1
u:daft 5:0.11
u:daily 6:0.12 13:0.12
u:damage 6:0.13 12:0.13
u:damp 1:-0.1
u:dark 0:0.14
u:das 5:0.11
u:date 13:0.11
u:dates 6:0.15
u:daughters 5:0.15
u:day 0:0.14 2:-0.35 5:0.22 6:0.28 7:-0.21 12:-0.26 13:-0.18
u:daylight 0:-0.11
u:days 0:0.53 2:-0.37 4:-0.14 6:0.11
u:de 4:-0.11
u:dead 5:-0.1 11:0.13
u:dealer 5:-0.14 9:0.14 11:0.15
u:dealerships 3:0.11
u:dealt 0:0.2 10:0.12
u:dear 4:0.11 5:-0.16 11:-0.18
u:debit 4:0.12
u:decent 11:0.18 12:0.11
u:deep 10:-0.15
u:delay 6:0.12 7:0.21 13:0.15
u:delivered 1:0.2 5:0.19 6:0.1
u:delivery 0:0.24 5:0.17 6:0.27 7:-0.24 13:-0.23
u:dental 0:0.18
u:dentist 4:-0.1 13:0.11
u:depending 2:0.13
u:depends 2:0.14 6:-0.11
u:deposit 2:-0.11 4:-0.11 6:0.17 12:0.16
u:depot 7:-0.12
u:described 1:0.19 2:0.17 6:0.12 7:-0.11 10:0.2 12:0.25
u:desk 1:0.37 3:0.13 6:-0.34 9:-0.2
u:diagnostic 5:-0.17
u:did 0:0.14 10:0.11 12:0.2
u:didnt 1:0.2 2:0.3 6:-0.2 7:0.38 9:-0.15 10:0.15 11:0.43
u:died 1:0.14 5:0.1
u:different 1:-0.16 2:0.28 9:-0.38
u:dinner 0:0.11 6:0.15
u:direct 4:0.12
u:dirty 8:-0.1 10:-0.17
u:discussed 5:0.17
u:discussion 0:-0.13
u:discusting 3:0.13
u:dish 5:0.12
u:do 2:0.13 3:0.15 6:0.11 12:0.12
u:doc 1:0.11
u:doctor 6:0.24
u:doctors 9:0.14 11:-0.12
u:dodgy 0:0.11 2:0.12
u:does 3:0.12
u:doesnt 5:0.11 9:-0.12 13:-0.3
u:dog 1:0.18 3:0.16 8:0.15 10:-0.1
u:doing 0:0.11 5:0.17 9:0.19 12:0.11 13:0.1
u:dominated 0:0.11
u:done 7:0.19 9:0.11 12:0.26
u:dont 3:-0.11 4:0.18 5:-0.27 7:0.1 11:0.16
u:door 0:0.15 1:-0.15 2:-0.14 6:0.12 7:0.2
u:doors 7:-0.14
u:dose 9:-0.1
u:double 5:0.17 9:0.1
u:doubled 6:0.1
u:down 0:0.19 2:-0.15 3:0.19 7:0.2 10:0.17 11:0.11 12:-0.21 13:0.2
u:downhill 1:0.13 10:-0.1
u:downright 7:-0.1
u:dr 2:0.15 9:0.16
u:dragon 8:-0.24
u:drain 0:0.13
u:draw 13:0.13
u:drew 2:0.13
u:drinks 5:0.12 12:0.14
u:drips 5:0.1
u:drive 3:0.25 12:0.18
u:driver 0:0.17 1:0.37 4:0.12 5:0.15 6:0.13 7:0.17 8:-0.15
u:drivers 13:0.13
u:dropped 7:0.22 10:0.18 13:0.16
u:dropping 5:0.19 12:-0.11
u:drops 5:0.17 12:-0.13
u:drove 5:0.17 12:0.11
u:dry 3:-0.18 4:-0.12 5:0.26
u:due 6:0.16 12:0.11
u:dug 5:0.1
u:dust 3:0.25 10:0.12
u:e 0:0.25 7:-0.26
u:each 1:0.12 2:-0.15 6:0.37
u:early 2:0.11
u:earth 11:-0.15
u:easier 2:-0.11
u:easy 0:0.14 6:0.12 7:0.13
u:eat 8:0.12
u:eaten 3:0.1
u:economy 5:0.12 11:0.11
u:eggs 8:0.15
u:eight 0:0.27 2:0.19 4:0.13
u:elderly 1:0.23
u:electrician 0:0.11 2:0.1 5:-0.2 7:-0.12 9:0.15
u:eleven 0:0.14 1:-0.14
u:else 8:-0.14 11:0.32
u:elses 2:0.17 3:0.24 10:-0.15 12:-0.12
u:elsewhere 1:0.11 10:-0.1
u:email 1:-0.16 2:-0.12 5:-0.14 6:0.22
u:emailed 6:0.27 12:-0.11 13:0.24
u:emails 0:-0.14 6:0.51 8:0.1 12:0.11 13:-0.34
u:emergency 7:-0.2
u:encouraging 5:0.11
u:end 0:0.12 6:-0.1 7:-0.15 11:0.11 12:-0.12
u:ended 7:-0.18 9:-0.12
u:ends 12:0.26
u:energy 0:0.1 5:-0.1 6:0.1
u:engine 2:0.11
u:engineer 2:0.15 3:0.12
u:engineers 3:-0.12 5:0.12
u:english 0:-0.14 6:0.15 8:0.1 9:0.12 13:0.21
u:enough 2:0.14
u:entirely 3:0.12 11:0.2
u:entry 5:0.14
u:equipment 0:0.1 4:0.12 11:-0.12
u:esim 2:0.11
u:especially 6:0.11
u:estate 6:0.16
u:even 1:0.24 5:-0.19 7:0.26 8:0.48 9:0.16 13:0.14
u:eventually 0:-0.21 5:0.19 8:-0.13
u:ever 7:-0.13 10:-0.19
u:every 3:0.16 6:0.19 8:0.12 9:0.12 10:0.1 13:0.38
u:everyone 5:-0.13 8:0.12 10:0.17
u:everything 0:0.12 3:0.17 5:0.32 6:0.21 7:0.15 9:0.11 10:0.2 12:0.35 13:0.31
u:everywhere 3:0.26 10:-0.19
u:evrything 6:0.13
u:exactly 5:0.21 6:0.19 7:0.2 9:0.47 11:0.19 12:0.32 13:0.39
u:excellent 2:0.13 5:0.12 9:0.14 12:0.12
u:exercise 6:0.1
u:exercises 5:0.11
u:expected 7:-0.11
u:expecting 7:0.11
u:expensive 4:0.1 11:-0.11
u:experience 1:-0.1 6:-0.12
u:expert 2:0.13 9:-0.23
u:explain 1:-0.2 2:0.16 6:0.31 12:0.1
u:explained 1:0.33 4:-0.24 6:0.38 9:0.19 12:0.1 13:0.71
u:explaned 6:0.18 13:0.12
u:express 0:0.36 5:-0.2 7:-0.22
u:extra 0:0.14 2:-0.18 5:0.14 6:0.1 7:-0.21
u:eye 11:-0.1
u:eyes 6:-0.12 8:-0.12
u:fab 1:0.15 8:0.19
u:face 5:0.13
u:fade 11:0.13 12:0.23
u:failed 13:0.14
u:fair 0:0.13 1:0.14 4:0.27 5:0.23 8:0.14 11:0.37 13:0.11
u:families 0:-0.11 10:0.14
u:family 11:0.14
u:fantastic 7:-0.19 12:-0.11
u:far 8:-0.11
u:fare 1:-0.12 2:0.18 9:0.13
u:fares 1:0.12
u:fast 0:0.13 7:0.29 11:-0.17 12:-0.13
u:faster 6:-0.1
u:fault 7:0.15
u:faulty 9:0.14
u:fed 11:-0.15
u:fee 4:0.53 5:-0.24 6:0.21 11:-0.34
u:feed 2:0.13
u:feel 0:-0.19 1:0.15
u:fees 4:0.38 5:-0.16 11:-0.24
u:feet 8:0.12
u:fell 5:0.16 12:-0.2
u:felt 0:-0.15 4:0.18 5:-0.13 6:0.13 7:-0.18
u:few 5:0.1 12:-0.15
u:fifty 7:-0.12
u:film 5:0.14 12:0.18
u:filthy 0:-0.17 3:0.21 10:-0.27
u:final 4:0.1 5:-0.16 6:0.11 13:-0.14
u:finally 0:0.13 3:0.13 7:-0.17 9:0.24 10:0.46 13:0.19
u:find 1:-0.2 2:0.1 11:-0.2 13:-0.23
u:finding 6:0.14
u:fine 0:-0.19 1:-0.15 3:-0.13 5:-0.26 6:-0.25 7:-0.13 8:-0.13
u:fines 4:0.15
u:finish 11:0.11
u:finished 2:0.12 6:-0.18 8:-0.15
u:fire 0:-0.12
u:firm 4:0.11 5:-0.1
u:first 1:-0.15 2:0.19 3:-0.19 5:-0.15 7:0.12 8:0.19 9:0.3 12:0.2 13:0.25
u:fish 3:-0.13 5:0.22 6:-0.1 9:0.11 12:0.19
u:fit 7:-0.2
u:fitted 5:0.26 10:0.22 11:-0.11
u:fitter 1:0.14
u:five 0:0.43 5:0.2 6:0.19 7:-0.26 8:-0.11 12:0.17 13:-0.13
u:fiver 11:0.23
u:fix 3:-0.11 7:0.22 12:0.13
u:fixed 0:0.21 4:0.19 7:0.25 11:0.17 12:0.2
u:flat 3:-0.13 8:-0.1 12:-0.25
u:flea 11:-0.13
u:flew 5:-0.1
u:flights 4:0.11
u:floor 3:0.36 4:-0.17 5:-0.13 10:-0.38 11:0.17 12:0.19
u:floors 3:0.12
u:florist 5:0.18 6:0.12
u:fly 0:0.16 11:-0.28
u:focus 4:0.11
u:follow 6:0.2
u:following 0:0.26 7:-0.18
u:food 2:-0.17 5:0.69 6:-0.14 10:-0.18 11:-0.17 12:0.32 13:0.14
u:for 3:-0.13 4:0.19 7:-0.65 12:-0.33 13:-0.2
u:forgive 8:0.13
u:forgot 5:0.15 12:-0.16
u:form 0:-0.12 2:0.28
u:fortnight 5:0.26 7:0.13 12:-0.44
u:forty 0:0.15 2:0.16 7:-0.19 9:0.16 13:-0.17
u:found 1:0.23 2:0.14 3:0.26 4:0.18 9:0.19 13:-0.11
u:four 0:0.13 1:0.22 5:0.26 6:0.18 7:-0.24 8:-0.11 13:-0.11
u:fourteen 0:0.16 6:0.18
u:foyer 10:0.17
u:fr 5:0.11 12:0.15
u:fraud 0:0.15
u:free 4:-0.16 5:-0.11 7:0.17 11:0.22
u:fresh 0:-0.14 3:0.14 10:0.26
u:freundlich 0:0.11
u:friday 0:0.22 5:0.14
u:friendly 0:0.19 1:0.55 2:0.14 3:0.24 8:0.29 10:-0.11 11:0.15
u:from 5:-0.14 7:0.27 11:-0.21
u:front 3:0.12 5:0.23 10:-0.13
u:frozen 5:0.12
u:frustration 1:0.17 2:-0.11 4:0.14
u:full 0:-0.14 3:0.13 4:0.12 5:0.27 6:0.16 9:-0.11 11:0.19 12:0.11
u:fully 1:0.11
u:fuming 7:-0.11
u:funeral 0:-0.1 4:0.11
u:fur 3:0.11
u:fuse 1:0.17
u:fussy 3:0.11
u:garage 1:-0.13 2:0.13 6:0.14
u:garages 5:-0.12
u:garden 1:-0.12 3:0.13
u:gardener 1:-0.12 3:0.1 4:0.1 12:0.11
u:gas 6:0.11
u:gate 8:-0.1
u:gave 0:0.16 2:0.29 4:-0.13 7:0.14 9:-0.29 13:0.24
u:gem 1:0.19 7:0.1 8:0.16 11:0.16
u:generally 1:-0.12 2:0.11
u:genuinely 0:0.11 3:0.14 5:0.15 12:0.21
u:get 1:-0.22 3:-0.12 6:-0.11 7:-0.23 10:0.1 13:-0.17
u:getting 0:0.27
u:girl 1:0.12
u:girls 8:0.2
u:give 5:0.28 6:0.13 13:-0.12
u:given 5:0.14
u:giving 2:0.17 5:-0.11
u:glad 1:-0.1 12:0.12
u:glass 3:0.11 5:-0.1
u:glasses 4:-0.15
u:glaucoma 2:0.14 9:0.11
u:go 1:-0.22 2:0.32 8:0.11 12:-0.16
u:goes 1:-0.11 7:-0.14
u:going 0:-0.12 2:-0.13 3:0.19
u:gone 0:0.16 6:-0.17 10:0.19 11:-0.14 12:0.11
u:good 2:-0.11 5:0.28 9:0.1 11:0.11 12:0.26
u:googled 2:0.1 9:-0.14
u:gorgeous 5:0.16 12:0.15
u:got 1:0.17 2:0.1 3:-0.1 4:0.18
u:gp 0:0.15 2:0.21 4:-0.1 5:-0.2
u:gps 2:0.13
u:gr 5:0.2 12:0.14
u:grabbed 5:0.11
u:greasy 3:0.12
u:great 0:-0.1 2:-0.15 5:0.27 6:-0.13 10:-0.11 12:0.16
u:greeted 1:-0.1 3:0.12
u:grey 5:0.19 12:-0.13
u:grim 3:0.2 5:-0.16 10:-0.21
u:gripe 3:0.14
u:groomer 1:0.12
u:group 4:0.17 5:-0.19 7:0.12 8:0.1 10:0.17
u:groups 12:-0.12
u:grubby 10:-0.18
u:grumpy 1:0.11 8:-0.12
u:guard 2:0.11 5:-0.12
u:guess 1:-0.13 5:-0.15
u:guests 1:-0.11 3:0.14 10:-0.3 13:-0.21
u:guide 5:0.11
u:gums 0:-0.15 5:0.16 12:-0.13
u:guy 0:-0.1 2:0.37 6:-0.24
u:gym 3:0.11 6:-0.17
u:gyms 5:-0.12 9:-0.11
u:ha 0:0.12
u:had 0:0.14 2:0.15 5:-0.11 7:0.2 9:-0.21 11:-0.17 12:0.11 13:-0.22
u:hadnt 2:0.15 13:-0.27
u:hair 3:0.25 10:-0.18
u:haircut 5:0.16
u:hairdresser 0:-0.12
u:hake 9:0.11
u:half 2:0.14 5:-0.15 6:0.12 7:0.2 9:-0.14 11:0.13 12:-0.33 13:-0.16
u:hall 0:-0.13
u:halls 3:0.14
u:halved 12:0.13 13:0.11
u:hand 3:0.15 5:-0.21
u:handed 5:0.1
u:handheld 6:0.11
u:handle 1:-0.1
u:handling 6:0.1
u:hands 5:0.1
u:handset 2:0.18 9:0.12
u:handwritten 1:0.19
u:handy 13:0.14
u:hangers 4:-0.1
u:happen 13:0.12
u:happening 6:0.1
u:happily 5:-0.11 11:0.12
u:happy 11:0.31
u:hardly 5:0.1 12:0.13
u:has 0:-0.15 5:0.25 7:0.25 9:0.22 11:-0.15 12:0.18 13:-0.18
u:hasnt 2:0.15 6:-0.14 12:0.1
u:have 3:0.21 5:0.1 8:-0.17 11:-0.2 12:-0.11
u:havent 5:0.13
u:having 4:0.14 8:-0.14 11:-0.14
u:he 1:0.2 3:0.16 5:0.2 7:0.12 10:0.13 11:-0.23 12:0.18
u:head 1:-0.17 5:-0.11 6:-0.19 7:-0.1 13:-0.14
u:headache 5:0.12
u:headaches 2:0.11 9:-0.13
u:headphones 12:0.13
u:headsets 2:-0.11 6:0.21 13:0.29
u:hear 6:0.15
u:heard 6:0.17
u:hed 1:0.24 6:0.16 7:0.16 8:0.19
u:hedge 5:0.13 12:0.21
u:held 1:0.12
u:help 1:0.2 4:-0.11 5:-0.12
u:helpdesk 2:0.11
u:helped 9:0.11
u:helpful 0:-0.11 1:0.24 8:0.15 13:-0.12
u:helpfull 1:0.1
u:helpline 7:-0.11
u:her 1:0.44 3:-0.15 6:-0.18 7:-0.17 8:-0.11 9:0.26
u:here 3:-0.11 6:-0.18 7:0.17
u:herself 1:0.12 6:-0.1
u:hes 0:-0.12 1:0.11 2:0.23 5:0.11 9:0.13 11:0.11 13:0.13
u:high 4:0.24 11:-0.17
u:higher 11:-0.15
u:highly 6:-0.12
u:himself 3:0.14 5:0.18 7:0.1 12:0.23
u:hip 11:-0.13
u:his 0:-0.24 1:0.39 2:0.27 5:-0.12 8:-0.33 9:0.16 11:-0.21 13:0.17
u:hold 0:0.61 1:-0.18 6:-0.18 7:-0.16
u:holder 3:0.12
u:holiday 0:0.14 2:-0.13
u:home 1:-0.2 5:0.18 6:0.27 9:-0.11
u:honest 1:0.13 9:0.26 11:0.11 13:0.11
u:honestly 0:-0.2 3:-0.15 4:0.22 5:-0.15
u:hoovered 3:0.16 10:0.33
u:hoovering 3:0.11
u:hospital 0:-0.11 1:-0.16 11:-0.2
u:hot 7:0.17 12:0.22
u:hotel 3:0.12
u:hour 0:0.51 2:-0.2 3:0.18 4:0.23 5:-0.14 9:0.12 10:0.2 12:0.12 13:0.26
u:hours 0:0.16 1:-0.13 3:-0.1 6:0.24 7:-0.32 11:-0.21 13:-0.17
u:house 1:0.13 5:-0.13 9:0.1 10:0.16
u:housekeeping 3:0.15
u:how 1:0.13 4:-0.3 8:0.15 9:0.1 10:0.15 12:-0.16
u:however 1:0.13 3:0.14 5:0.26
u:hrs 0:0.49 7:-0.27 12:-0.11
u:hundred 1:-0.1
u:husband 1:0.19 8:-0.2
u:hygiene 3:0.13 10:-0.22
u:i 0:0.11 1:-0.1 4:-0.13 5:-0.19 6:-0.1 9:-0.11 12:0.18 13:-0.14
u:ibuprofen 9:0.1
u:id 0:0.2 1:0.1 8:-0.17 9:0.2 11:0.37 12:0.13
u:idea 13:-0.11
u:if 0:-0.33 1:0.11 3:-0.15 6:-0.22 8:-0.12 10:-0.22 11:-0.12
u:ignored 6:0.11 12:0.11
u:ill 0:0.17 1:0.14 3:0.1 4:0.14 5:-0.15 6:-0.12 8:0.16 11:-0.13
u:im 0:-0.11 1:-0.16 4:0.11 7:-0.13 10:-0.15 12:-0.14 13:-0.11
u:immaculate 2:0.11 3:0.28 10:0.47 11:0.12 12:0.21
u:immediately 11:-0.12
u:impossible 3:0.11 10:0.1
u:impressed 0:0.24 7:0.25
u:in 0:0.23 1:-0.31 7:0.22 12:0.18
u:included 6:0.16
u:infection 2:0.1
u:info 1:0.12
u:information 2:0.28 6:-0.2
u:informed 6:0.1
u:inside 1:-0.1 2:0.17 5:0.12 10:0.1
u:inspection 0:-0.12 5:0.14 12:0.18
u:installation 5:0.12
u:instead 7:0.17 9:0.15 13:0.18
u:instructions 6:0.21
u:instructor 6:-0.12
u:instructors 2:0.12
u:insurance 1:0.13 6:-0.12 8:-0.1 9:-0.15
u:interior 0:0.12 3:0.15 10:-0.11 11:0.18
u:international 2:0.1
u:interrupting 8:-0.12
u:into 5:-0.19 11:0.12
u:invites 6:0.17 13:0.15
u:invoice 4:0.14
u:is 1:0.14 2:-0.3 4:0.29 5:0.3 6:-0.12 10:0.15 11:-0.22 12:0.44 13:-0.15
u:isa 2:0.26 6:-0.11 9:-0.23
u:isas 2:0.12
u:isnt 5:0.18 11:-0.2
u:it 2:0.12 3:0.17 5:0.13 6:-0.17 7:-0.13 8:0.31 11:-0.23 12:-0.37 13:0.22
u:its 1:0.11 2:-0.18 6:0.28 7:-0.31 8:-0.15 11:0.26
u:itself 0:0.2 3:0.13 5:0.26 8:-0.11 12:0.21
u:ive 0:-0.11 4:-0.11 7:-0.11 10:-0.19
u:jab 1:-0.12
u:jacket 5:0.11
u:jam 5:0.13
u:january 0:0.11
u:jargon 2:-0.11 5:-0.13 6:0.11
u:jeans 5:0.1
u:job 1:-0.17 2:-0.21 5:0.21 10:0.1 11:-0.19
u:joke 11:-0.1
u:jumpers 1:-0.21
u:june 13:-0.13
u:just 0:-0.11 3:-0.21 4:-0.12 8:-0.26 12:-0.41
u:kebab 5:0.2
u:keep 5:0.14 7:-0.1 8:0.25 10:-0.11 12:-0.3 13:-0.11
u:keeping 13:-0.11
u:kept 0:0.16 1:0.2 2:-0.12 3:0.1 6:0.38
u:kettle 13:0.14
u:kettles 5:0.1
u:key 1:0.12 4:0.1
u:kids 1:-0.11 4:0.22 10:0.1
u:kind 1:0.31 5:-0.12 8:0.17
u:kit 12:-0.11
u:kitchen 3:0.11 4:-0.14 10:0.15 12:0.13
u:knee 2:0.15 11:-0.13
u:knew 1:-0.11 2:0.66 3:-0.12 4:-0.14 6:-0.21 9:0.47 12:0.3
u:knocked 0:0.15 11:0.16
u:know 0:-0.1 4:0.21 9:0.22
u:knowing 6:0.12
u:knowledgable 1:-0.1 6:0.11
u:knowledge 5:-0.13
u:knowledgeable 1:0.11 2:0.24 9:0.12 13:-0.11
u:knows 2:0.28 9:0.26
u:la 0:0.11 1:0.19 5:0.16 7:-0.11 12:0.14
u:lad 1:0.18 2:0.31 6:-0.11 7:0.1 9:-0.16 12:-0.11
u:lads 1:0.12 8:0.16
u:lady 1:0.35 5:-0.33 7:0.17 8:0.11 13:0.16
u:lamb 5:0.13
u:last 4:-0.12 5:-0.21 6:-0.11 7:0.13 10:-0.15 12:-0.23 13:-0.13
u:lasted 5:0.16 12:-0.11
u:lasts 12:0.16
u:late 1:-0.11 6:0.53 7:-0.34 12:-0.1 13:-0.24
u:later 1:-0.1 2:0.21 7:-0.13 9:-0.15
u:laugh 4:0.12 6:-0.14 11:-0.13
u:laundrette 5:-0.14 6:-0.11 10:0.15
u:layout 0:-0.12
u:le 5:0.1
u:leak 0:0.17 5:0.1 12:0.16
u:leather 1:-0.1 5:0.12 12:-0.15
u:leaves 10:-0.16
u:leaving 1:-0.15 3:0.2 10:-0.2
u:lecture 1:0.13
u:lecturer 5:0.12
u:left 2:-0.16 3:0.39 12:0.18
u:leg 5:0.12
u:legend 1:0.12 8:0.11
u:legroom 5:0.13
u:leisure 2:-0.1 5:-0.12
u:lenses 5:-0.17
u:less 1:0.11 4:0.22 11:0.1
u:lessons 5:0.11
u:let 6:0.11 13:0.1
u:letter 2:-0.12 5:-0.19 6:0.26 13:-0.28
u:letters 2:-0.17 5:-0.12 6:0.46 13:-0.33
u:letting 13:-0.18
u:librarian 9:0.12
u:library 3:0.15 8:0.19 10:0.12 12:-0.12
u:librarys 5:-0.11
u:life 5:0.19 12:0.15
u:lifeguard 1:0.11 8:-0.17
u:like 0:-0.18 1:0.32 2:-0.19 5:0.42 6:-0.17 7:0.28 8:-0.35 10:-0.13 11:0.2
u:liked 6:0.1 13:0.12
u:line 1:-0.13 5:0.13 6:0.17 7:-0.1 12:0.13 13:-0.1
u:list 0:0.1 1:-0.12 4:-0.11
u:listened 2:-0.11 6:0.26 11:0.11 13:0.19
u:lit 5:-0.12
u:little 0:-0.13 4:0.24 5:0.11 9:0.1
u:loads 5:0.2
u:local 5:0.14 12:0.16
u:locker 3:-0.12
u:lockers 5:0.17 12:-0.11
u:locksmith 4:0.17 5:-0.16 6:0.13
u:locum 2:0.23 9:-0.11
u:lol 0:0.17 7:-0.17 12:-0.19
u:long 0:0.3 4:0.11 7:-0.15 8:0.15 9:0.14 12:0.13 13:-0.12
u:look 0:-0.32 2:-0.26 5:-0.12 8:-0.13 12:0.22
u:looked 1:0.13 2:-0.11 5:0.14
u:looking 3:0.15 5:0.18 10:-0.22
u:looks 0:0.2 5:0.29 7:0.17 12:0.13
u:loop 0:0.12
u:loos 3:0.23 5:-0.13 10:-0.12
u:lost 5:0.2 12:-0.15
u:lot 1:0.16 6:0.15 7:0.11 8:0.14 9:0.29 12:0.12 13:-0.14
u:lots 11:0.16
u:love 0:0.33 1:-0.17 2:-0.15 3:-0.12 4:-0.13 6:0.27 7:-0.14 12:0.14
u:loved 1:-0.11 3:-0.18
u:lovely 0:-0.1 1:0.56 3:0.32 4:0.1 5:-0.15 6:-0.17 8:0.5 13:-0.12
u:loving 11:-0.23
u:low 11:0.11
u:lowest 0:0.11
u:lunch 0:0.28 5:-0.15
u:lunchtime 0:0.13 5:0.18 12:0.11
u:lush 12:0.11
u:machine 12:-0.14
u:machines 6:-0.14 12:-0.16
u:made 8:0.15 12:0.17
u:magnifique 4:0.12 11:-0.14 12:0.12
u:main 4:0.17 11:0.15 12:0.17
u:mais 4:0.12 11:-0.14 12:0.12
u:make 11:-0.12
u:makes 0:-0.12 6:0.17 13:0.13
u:malaga 5:0.13
u:man 1:0.2 5:0.14 13:0.1
u:management 1:-0.16 6:-0.19 7:0.19
u:manager 0:-0.3 1:0.21 2:-0.2 5:-0.21 6:0.31 11:0.11 12:-0.12 13:0.25
u:manchester 11:-0.26
u:map 6:0.17 13:0.13
u:march 6:0.17 7:-0.26 13:-0.13
u:massive 5:0.17
u:mats 3:0.13
u:me 0:-0.27 1:0.25 2:0.22 3:-0.25 5:-0.2 6:0.24 7:0.16 9:-0.13 12:-0.14 13:0.5
u:meal 8:0.12 12:0.17
u:means 5:-0.11
u:meant 4:-0.11
u:mechanic 2:0.11 5:-0.12 6:0.1
u:media 6:0.1
u:medication 2:0.14
u:members 2:0.17 8:0.11
u:men 5:0.52
u:mentioned 5:0.21 13:-0.12
u:menu 0:-0.12 5:0.13 6:0.15 13:-0.12
u:menus 13:-0.16
u:merci 0:0.11 7:0.11
u:mess 0:-0.13
u:met 8:0.12
u:middle 5:0.18
u:might 1:-0.13 6:0.11
u:min 0:0.11
u:mind 0:0.16 4:0.14 8:0.21 11:-0.15
u:minging 10:-0.13
u:mins 0:0.68 5:-0.17 7:-0.1
u:minute 6:0.11
u:minutes 0:0.63 2:0.16 3:-0.12 7:0.25 8:-0.15
u:miracle 5:-0.11
u:miserable 8:-0.11
u:missed 0:-0.18 2:0.39 5:0.24 7:-0.14 9:0.22 12:-0.14
u:missing 1:-0.11
u:mixed 3:-0.1
u:mo 1:0.11
u:moan 5:0.18
u:model 2:0.16
u:moderator 0:-0.14 1:-0.11 5:-0.28 9:-0.16
u:monday 0:0.32 1:-0.1 12:0.12
u:money 4:0.1
u:month 2:-0.11 6:0.13 12:-0.15
u:monthly 4:0.13
u:months 4:-0.13 5:0.34 6:0.2 12:0.14
u:morale 1:-0.11
u:more 9:0.28 11:-0.11 13:-0.18
u:morning 1:0.12 3:0.16 5:-0.15 7:0.27 9:-0.12
u:mortgage 0:-0.12 11:-0.11
u:most 0:0.22 4:0.19 8:0.13 11:-0.13
u:mostly 12:0.1
u:mot 4:0.11 5:-0.13 11:0.13
u:mother 1:0.2
u:mouth 8:-0.24
u:moved 12:0.12
u:much 2:-0.17 5:-0.21 6:0.32 8:0.12 13:0.11
u:mums 1:0.14
u:music 0:0.22 7:-0.12
u:musty 3:0.2 10:0.21
u:muy 6:0.13 12:0.1
u:my 0:-0.11 1:0.21 2:0.26 3:-0.31 6:0.13 7:0.19 8:0.25 9:0.31 11:0.2
u:mystery 10:-0.12
u:n 0:0.17 1:0.17 4:0.11 5:0.4 6:0.13 13:-0.1
u:nails 12:0.32
u:name 0:0.15 1:0.17 3:-0.11 5:-0.16 13:0.26
u:nearly 2:0.1 7:-0.13 9:0.11
u:neat 3:-0.13 5:0.18 12:0.13
u:need 10:-0.1 13:-0.12
u:needed 0:-0.17 1:0.27 2:0.15 4:-0.1 6:-0.1
u:needs 9:0.19 10:-0.11
u:never 2:-0.13 3:-0.16 4:-0.19 6:0.17 8:0.14 10:0.14 12:0.21 13:-0.28
u:new 0:0.23 1:-0.26 2:0.18 5:0.41 6:-0.12 7:0.31 10:0.24 12:0.17 13:0.43
u:newsletter 2:-0.11
u:next 0:0.28 3:0.12 4:-0.26 7:0.2 9:0.11 11:0.13 13:0.11
u:ngl 8:0.23
u:nhs 0:0.16
u:nice 0:-0.18 1:0.26 4:-0.14 5:-0.28 8:0.4 12:0.11 13:-0.15
u:night 0:0.11 1:0.21 7:0.25 12:0.15
u:nightmare 0:-0.12 4:-0.11
u:nights 5:0.11 12:-0.17
u:nine 2:0.12 7:-0.15 11:-0.11
u:ninety 1:-0.11
u:no 0:0.19 1:-0.21 3:-0.11 5:-0.17 6:0.4 8:-0.13 9:-0.13 12:0.15 13:-0.17
u:nobody 1:-0.13 2:-0.19 4:-0.1 6:0.46 7:-0.17 9:-0.14 12:0.1 13:-0.67
u:nobodys 6:-0.17
u:nodded 8:0.11
u:not 1:0.25 2:0.11 5:0.22 8:-0.19 11:-0.29
u:note 7:0.1 12:0.13
u:notes 6:0.11
u:nothing 3:-0.18 4:0.17 7:-0.17 9:-0.13 12:-0.19 13:-0.43
u:notice 4:0.13 5:-0.12 11:-0.1
u:noticed 0:-0.17 2:0.26 5:-0.11 6:-0.2 7:0.13 10:0.16
u:notifications 6:0.12
u:now 0:0.17 4:0.22 10:0.17 11:-0.31 12:-0.15 13:0.36
u:nowhere 1:0.15
u:number 0:0.13 9:0.12
u:nurse 1:0.21 5:-0.18 8:0.24 9:0.1 13:0.14
u:nursery 4:0.13
u:nurses 1:0.1 2:0.11
u:nutrition 2:0.1 4:0.1
u:oat 5:0.13
u:odds 11:0.1
u:of 6:0.16 8:-0.15 9:0.12 10:-0.24 12:-0.21
u:off 0:-0.17 4:0.12 5:-0.18 6:-0.18 10:0.17 11:0.12 12:-0.37
u:office 0:0.19 4:-0.11 5:-0.21 6:-0.23 9:-0.15
u:officer 0:0.14
u:offices 13:-0.11
u:often 1:0.29 3:0.13 5:0.22 7:-0.11 12:0.17
u:oh 1:-0.1 12:-0.13
u:ok 1:-0.12 3:-0.15 5:-0.12 7:0.12
u:old 0:-0.17 2:0.24 5:-0.24 6:-0.32 7:0.19 8:0.1 11:0.11
u:older 1:0.18 2:-0.18 6:0.1 13:-0.22
u:omg 1:-0.11
u:on 0:0.16 4:-0.13 5:0.1 6:-0.13 7:-0.26 8:0.1 10:-0.18 12:0.25 13:-0.11
u:once 0:0.23 1:-0.12 5:0.11 6:0.18 8:0.11 13:-0.1
u:one 0:0.14 1:-0.2 2:0.16 3:0.16 5:0.28 9:0.13
u:ones 0:-0.12 1:0.1 8:0.11 9:0.2
u:online 0:0.12 4:0.11 6:0.21 7:0.25 8:0.13 11:-0.11 13:0.3
u:only 3:0.16 4:0.26 5:0.16 8:0.21 11:-0.11
u:onto 5:-0.1
u:op 7:0.12
u:open 5:-0.12
u:opened 5:-0.14
u:opening 0:-0.12 3:-0.12 5:-0.13
u:operation 6:0.15
u:optician 2:0.26 4:-0.11
u:opticians 1:-0.14 5:-0.1 13:0.13
u:option 5:0.11
u:options 6:0.16
u:or 0:0.14 5:0.13 10:-0.11
u:order 2:-0.14 4:0.16 6:-0.13 8:-0.1 11:0.11 12:-0.14
u:ordered 0:0.31 2:-0.12 5:0.33 6:0.14 7:-0.13 12:-0.16 13:-0.1
u:ordering 12:0.17
u:other 0:0.1 3:0.15 5:-0.15 7:0.14 9:0.18 10:-0.15
u:others 0:-0.11 3:-0.1
u:our 1:0.13 4:-0.16 5:0.15 6:-0.16 8:0.16 10:-0.15 11:0.14 12:0.2 13:0.11
u:out 0:0.15 2:0.1 4:0.19 7:0.15 10:0.13 11:-0.26 12:-0.22 13:-0.25
u:outside 0:0.17 1:-0.14
u:oven 5:0.12
u:over 3:0.11 4:0.13 5:-0.1 6:-0.12 9:0.14 10:-0.18
u:overcooked 8:0.1
u:overflowing 3:0.19 10:-0.14
u:overpriced 4:0.21 11:-0.21 12:-0.22
u:own 5:0.18 12:0.1
u:owner 4:0.12 5:0.12 10:0.16
u:p 0:-0.2 5:0.17 6:-0.16 11:-0.29 12:-0.13
u:packed 0:0.1
u:pads 6:0.15
u:page 6:0.27
u:paid 0:0.12 1:-0.14 3:-0.14 6:0.13 9:0.11 12:-0.18
u:pain 2:0.13 6:-0.14
u:painless 0:0.12 7:0.19
u:paint 2:0.26 3:-0.15
u:paper 5:0.12
u:par 11:-0.14 12:0.12
u:parcel 2:-0.16 5:0.23 7:0.12 12:0.19
u:parcels 5:0.16
u:parents 0:-0.18 2:-0.12 6:0.15 12:-0.16 13:0.13
u:park 11:-0.12
u:parking 0:-0.18 4:-0.26 5:-0.21 11:-0.16
u:part 13:0.12
u:participants 1:-0.19 2:-0.16
u:passenger 5:0.12
u:past 0:0.23 6:-0.18 12:0.2
u:pasty 3:-0.11 5:0.14 12:-0.13
u:patient 0:-0.14 1:0.21 5:-0.14 8:0.22
u:patients 0:0.11 1:-0.22 5:-0.2 11:0.11 13:-0.12
u:pay 1:-0.11 2:-0.17 11:0.34
u:paying 4:0.1 11:-0.28
u:payment 0:0.11
u:penny 4:0.27 11:0.32
u:pension 6:-0.1
u:pensions 2:0.12
u:people 0:0.16 1:0.29 3:-0.16 5:-0.11 7:-0.19 8:0.21 9:-0.13 11:-0.12 12:0.22
u:peoples 1:-0.11 3:0.14
u:per 4:0.12 5:-0.1
u:perfect 5:0.28 12:0.15
u:perfectly 5:0.36 12:0.18
u:person 4:-0.12 7:-0.17 13:-0.12
u:personal 4:0.1
u:pet 1:-0.12 2:0.19 9:-0.11
u:pharmacist 0:-0.14 1:0.11 2:0.46 4:-0.11 5:-0.21 9:0.33
u:pharmacy 0:0.3 5:-0.16
u:pharmasist 2:0.1
u:phone 0:0.23 1:0.21 2:0.13 3:-0.2 5:-0.21 6:0.13 8:-0.25 9:-0.24 12:-0.24 13:-0.19
u:phoned 6:-0.13
u:phones 2:0.1 6:-0.14
u:photo 5:-0.12 6:0.22 13:0.15
u:photos 2:0.15 4:-0.1 5:0.37 9:0.11 12:0.28
u:physio 1:-0.15 5:0.27 12:0.23
u:picked 1:-0.11 2:0.21
u:picture 13:0.11
u:pies 3:-0.11
u:pile 3:0.1
u:pillow 3:0.11
u:pilot 6:0.21
u:pint 5:0.13 12:-0.27
u:pizza 4:0.11 5:0.29
u:place 2:0.13 3:0.3 6:-0.23 8:0.12 11:0.36 12:0.12
u:places 3:-0.1
u:plain 6:0.13 13:0.13
u:plane 5:-0.1
u:planned 5:0.13 7:-0.12
u:plaster 3:0.15
u:plasterer 11:0.12
u:plastic 5:0.15
u:play 11:0.13
u:played 1:-0.1
u:plumber 7:-0.11 12:0.13
u:pm 0:0.21 1:-0.18 5:0.12 12:-0.11 13:-0.22
u:pocket 5:-0.1
u:pointing 11:-0.19
u:policy 2:0.17
u:polish 0:-0.1
u:polite 0:0.16 1:0.34 6:0.13 8:0.13
u:pool 5:0.21 6:0.18 8:-0.12 12:-0.24
u:popped 0:-0.12 1:-0.11
u:porter 3:-0.11 8:0.11
u:portions 4:0.1 5:0.16
u:positive 2:0.13 9:0.13
u:post 0:0.18 12:0.11
u:postage 4:0.19
u:posted 0:-0.19
u:poster 13:-0.11
u:potholes 0:0.23 7:-0.14
u:pounds 4:0.19
u:ppl 11:0.12
u:practice 2:-0.1 4:0.11 5:-0.12
u:praised 0:0.21 3:0.2 4:0.14 5:0.13 12:0.11
u:premium 5:0.13
u:prescribed 2:0.11
u:prescription 2:0.14 4:-0.11 5:-0.2 9:-0.22
u:previous 3:0.11
u:price 0:-0.17 1:-0.2 2:-0.13 4:0.48 5:0.11 7:0.22 12:0.14 13:-0.19
u:priceless 1:-0.11 5:0.12
u:prices 4:0.52 5:-0.11 7:-0.1
u:pricey 4:0.14 11:-0.15
u:print 4:0.17
u:printed 1:0.1
u:printing 1:0.13 4:0.1 7:-0.17
u:private 0:0.11 2:0.18 4:0.11 5:-0.11
u:privilege 11:-0.1
u:priya 1:0.14 8:0.12
u:problem 2:0.25 9:0.2
u:products 1:0.16
u:professional 11:-0.14
u:progress 1:0.11
u:promised 0:0.2 6:0.11 12:0.2
u:proper 0:-0.15 5:0.12 6:-0.11 8:-0.3 9:0.16 10:0.12 12:0.28
u:properly 1:0.1 9:0.13 12:0.14 13:0.18
u:pt 2:0.1 9:0.1
u:pub 0:-0.12 8:0.15 10:0.12
u:puddle 3:-0.17 5:0.12 12:-0.12
u:pulled 5:0.13 8:-0.11
u:pushchair 5:0.11
u:pushy 1:0.12 8:-0.1
u:put 0:-0.11 5:0.14 10:0.17 11:-0.13
u:qr 13:-0.13
u:question 5:-0.13
u:questions 2:0.16 6:-0.16 13:0.14
u:queue 0:0.63 2:-0.13 5:-0.11 7:-0.33 8:0.12
u:queues 0:0.15
u:queuing 0:0.16 6:-0.2 12:-0.13
u:quick 0:0.43 4:-0.16 5:-0.25 6:-0.19 7:0.35 9:0.19 10:0.2 12:0.13
u:quickly 0:-0.16 5:0.14
u:quid 1:-0.12 2:0.11 4:0.13 12:-0.11
u:quiet 8:0.14 12:0.11
u:quiz 0:-0.11
u:quote 4:0.2 6:0.22
u:quoted 4:0.24 7:0.2 9:0.1 11:0.12 12:0.13
u:r 5:0.11 12:0.12
u:raised 4:0.1
u:ramp 7:-0.14
u:ran 2:-0.14 4:-0.11
u:rang 0:0.26 1:0.13 3:-0.1 5:-0.36 6:0.14 7:0.19 13:0.42
u:rank 12:-0.12
u:rarely 13:-0.13
u:rash 2:0.13 9:0.11
u:rate 4:0.22 6:0.15 13:-0.12
u:rather 5:-0.16
u:rattled 2:0.1
u:rave 5:0.19
u:rd 12:-0.13
u:read 1:0.18 2:0.13 6:0.15 9:-0.25
u:reading 1:-0.16
u:reads 5:0.12
u:ready 0:0.13 1:-0.18 2:-0.19 6:0.23 7:0.16 12:0.13
u:real 8:-0.15 11:-0.25
u:really 1:-0.12 2:0.25 3:-0.12 8:0.19 9:0.13 12:0.12
u:reason 11:0.12
u:reasonable 3:0.11 4:0.19 11:0.34
u:reassuring 2:0.18 9:-0.23 13:0.11
u:receipt 6:-0.1
u:reception 1:0.19 2:-0.13 6:0.11 8:-0.25
u:receptionist 1:0.43 4:-0.1 5:-0.19 8:-0.4
u:receptionists 1:0.15
u:recognition 2:0.13
u:recommended 2:0.2
u:record 3:-0.14 5:0.14 7:-0.14
u:red 1:-0.13 3:0.13 12:0.16
u:refit 13:-0.11
u:refund 0:0.26 5:-0.13 6:0.12
u:regularly 0:0.13 8:0.13 13:-0.13
u:regulars 6:-0.1 8:-0.23
u:reliable 13:-0.13
u:remaining 5:0.11
u:remember 12:0.13
u:removal 5:0.14 8:0.11
u:rent 11:-0.12
u:repair 6:0.15
u:repairs 6:0.1 12:0.15
u:repay 7:0.25
u:repeat 5:-0.12
u:replaced 5:0.21 12:-0.1 13:0.17
u:replacement 6:0.14 7:0.11 13:0.16
u:reply 0:-0.11 6:0.15
u:reported 0:0.51 2:-0.12 12:-0.11
u:reports 7:-0.21
u:request 2:-0.11
u:residents 0:-0.12
u:response 8:-0.12
u:restaurant 12:-0.18
u:results 0:0.1 5:-0.1 7:-0.1
u:return 12:-0.1
u:returned 12:0.1
u:returns 4:0.11
u:reviews 3:0.1 11:0.11 12:0.18
u:rewiring 9:0.13
u:right 1:-0.14 2:0.26 4:-0.1 9:0.18
u:ring 6:0.28 12:-0.13 13:-0.23
u:ringing 0:0.15 6:0.14
u:rip 4:0.13 11:-0.15
u:rise 6:0.11
u:road 0:0.24 1:-0.28 3:-0.16 5:0.18 7:-0.14
u:roast 5:0.12
u:robbery 0:-0.11 4:0.12 11:-0.12
u:rock 5:0.19
u:roll 3:0.18 12:-0.17
u:roof 9:0.1 12:0.12
u:room 0:-0.19 1:0.1 3:0.13 4:-0.12 5:-0.24 8:0.14 9:0.13 10:0.13 12:-0.34
u:rooms 1:-0.1 2:0.11 3:0.55
u:rota 1:-0.12 2:-0.1 5:-0.15 6:-0.15
u:rough 5:0.26 12:-0.2
u:round 0:0.25 1:0.11 2:-0.15 4:-0.1 5:-0.14 8:-0.1 9:-0.12 11:0.15
u:route 11:-0.11
u:router 2:0.16 11:-0.12
u:rubbery 8:0.14
u:rubbish 1:-0.11 5:0.19 12:-0.27
u:rude 0:0.12 1:0.53 2:-0.1 4:-0.12 5:-0.28 8:-0.44
u:run 8:0.11
u:running 0:0.11 5:0.21 6:0.27 7:-0.15 12:-0.11
u:rushed 0:-0.24 1:0.12 2:-0.12 6:0.19 8:-0.15 13:-0.21
u:s 4:0.21 5:0.17
u:safe 5:0.11 12:0.12
u:said 0:0.15 1:0.2 2:0.31 6:0.42 7:0.21 9:-0.15 12:-0.14 13:-0.3
u:salesman 1:0.19 8:-0.31
u:salon 5:-0.11
u:same 3:-0.11 5:-0.11 7:-0.13 8:0.12 10:-0.18 12:-0.11
u:sandwiches 4:0.11 12:0.12
u:sat 0:-0.13 6:0.29 13:-0.24
u:saturday 0:0.2 5:-0.13 6:-0.2
u:saturdays 6:0.12 7:-0.11
u:saved 0:-0.11 1:-0.16 2:0.32 9:0.27 11:0.18
u:saw 6:-0.11
u:say 2:-0.29 3:0.18 4:-0.12 6:0.17 7:0.12 10:0.13 13:0.21
u:saying 0:0.14 1:-0.12 2:-0.14 3:0.11 6:0.23 7:-0.15 12:-0.11 13:-0.28
u:says 2:0.14 5:0.12 9:-0.14 13:-0.12
u:scan 0:0.12
u:scanners 6:0.2
u:science 5:0.14
u:scone 5:0.13 12:-0.13
u:scones 5:0.1
u:scratch 5:0.18
u:scratched 8:0.1
u:screen 0:0.14 5:0.27 6:0.12 7:0.13
u:screens 6:0.1
u:seam 5:0.14
u:seat 3:0.26 10:-0.1
u:seats 3:0.19 4:0.12 11:0.3
u:second 2:0.2 6:-0.21
u:seconds 0:0.17
u:section 1:0.1 3:0.12
u:see 5:-0.18 10:-0.17
u:seed 5:0.16 12:0.15
u:seemed 8:-0.15 9:-0.1
u:seen 1:0.18 8:-0.14 9:-0.13
u:sehr 0:0.16
u:self 0:0.2 1:-0.1 5:-0.16
u:sell 0:-0.13 1:-0.12 4:0.11 6:-0.12 9:-0.15
u:semi 5:0.12
u:sent 0:0.1 3:-0.16 6:0.45
u:served 5:0.16
u:service 2:-0.11 3:-0.12 4:0.22 7:-0.21 8:0.11 11:-0.12 12:0.11 13:-0.18
u:serving 7:-0.11 8:-0.2
u:session 1:-0.1 2:0.13 9:0.14 11:-0.11
u:sessions 5:0.11 12:0.13
u:set 1:-0.11
u:seven 0:0.13 6:0.1 7:-0.11 13:-0.12
u:several 3:0.12 4:0.31 5:0.11 8:0.23 9:0.25 11:-0.27
u:shame 0:0.14 1:0.12 7:-0.1
u:she 2:0.3 5:0.12 6:0.12 12:0.16 13:0.11
u:shed 1:0.11
u:shelves 3:0.11
u:shes 5:0.11
u:shift 0:-0.22 1:-0.19 6:-0.17
u:shirts 12:-0.1
u:shocking 5:-0.13
u:shoes 5:0.17
u:shop 0:-0.14 1:-0.15 2:0.27 8:0.11
u:shops 6:-0.1 8:-0.11
u:short 1:-0.12 12:0.17
u:should 5:-0.15 6:0.16 9:-0.18 13:-0.11
u:shout 1:0.11
u:showed 0:-0.16 4:-0.18 6:0.24 9:0.14 13:0.16
u:shower 0:0.11 11:0.11
u:showers 0:0.13 7:-0.11
u:shrugged 1:0.11 5:0.14 8:-0.15 12:-0.12
u:side 5:0.26 9:0.11
u:sighed 1:0.15 8:-0.12
u:sign 5:0.13
u:signs 12:-0.1
u:since 0:0.26 5:0.13 7:0.28 9:-0.12 10:0.22 12:-0.12
u:single 9:0.1
u:sink 11:-0.11
u:site 1:0.11
u:sitting 6:0.11
u:six 4:-0.13 5:0.32 7:-0.18
u:skimmed 5:0.12
u:skirting 5:0.15 11:-0.16
u:sleeping 5:0.13
u:sleeve 10:-0.13
u:slept 5:0.11
u:slides 5:0.1 6:0.11
u:slow 0:0.4 6:-0.11 7:-0.13 11:0.13
u:slowly 0:-0.11 1:0.12 13:0.12
u:small 1:0.18 4:0.19 8:0.11 11:-0.13
u:smear 2:-0.1
u:smell 3:0.33
u:smells 3:0.25
u:smelt 3:0.15
u:smile 1:-0.13 8:-0.11
u:smiles 8:-0.13
u:snapped 4:-0.14 5:0.23 12:-0.15
u:so 1:-0.12 2:-0.13 3:-0.32 6:0.18 7:-0.21 8:0.13 10:-0.19 13:-0.13
u:social 6:0.1
u:sofa 1:0.14 3:0.17
u:soggy 5:0.15 12:-0.17
u:sold 2:0.11
u:solid 12:0.11
u:some 2:0.15 4:0.14 8:-0.21
u:someone 1:-0.21 2:0.19 3:0.35 5:-0.1 9:-0.2 10:-0.16
u:somewhere 1:0.12
u:son 0:-0.14 1:0.18
u:song 1:-0.1
u:sons 1:0.1
u:sore 0:-0.15 1:-0.16 5:0.19
u:sort 1:0.16
u:sorted 0:0.29 2:0.17 5:0.11 7:0.24 9:0.18
u:sound 1:0.28 6:0.11 8:0.22 12:0.21
u:sourdough 1:0.1 5:0.11
u:spa 4:0.11
u:space 5:-0.12
u:spacer 1:-0.1
u:spaniel 1:-0.11
u:spare 0:-0.13
u:sparky 1:0.12
u:speak 0:-0.16 6:0.22
u:speaks 1:0.11
u:specialist 2:0.17 9:-0.13
u:speed 5:0.17 12:-0.13
u:speeds 5:0.15 12:0.11
u:speedy 0:0.11
u:spent 6:-0.17 7:-0.11 8:0.29 11:0.14
u:spoke 1:0.19
u:spoken 0:-0.12 1:0.12
u:spot 9:0.11
u:spotless 1:-0.2 3:0.61 9:0.14 10:0.69 12:0.17
u:spotted 2:0.19 4:0.14 5:-0.12 9:0.31
u:spotting 2:0.14
u:spring 5:0.13
u:squeezed 6:-0.11
u:st 5:-0.17
u:staf 1:0.13
u:staff 0:-0.15 1:0.59 2:0.2 3:-0.22 4:-0.22 5:-0.14 6:-0.44 9:-0.1
u:staffed 0:0.12
u:stage 13:0.12
u:stale 5:0.18 12:-0.13
u:stand 5:0.11
u:standing 6:0.12
u:star 1:0.1
u:stars 5:0.18 12:0.15
u:start 0:0.16 6:0.13
u:started 2:-0.13 3:0.25 5:-0.16 7:-0.22 13:0.18
u:starting 7:-0.12
u:state 10:-0.13
u:statement 1:0.13
u:station 3:0.11
u:stay 1:0.12
u:stayed 5:0.15
u:steal 4:0.12 11:-0.13
u:steep 11:-0.14
u:steering 3:0.12
u:stellar 10:-0.14
u:step 2:-0.11 6:0.26 13:0.25
u:steps 1:0.11
u:sticky 3:0.32 10:-0.27
u:still 3:-0.11 5:0.21 7:-0.21 9:-0.32 10:-0.22 11:-0.18 12:-0.32 13:-0.42
u:stone 0:0.12 7:-0.16 12:-0.1
u:stood 0:0.17
u:stopped 6:0.25 7:-0.11 10:0.22 12:-0.12 13:0.31
u:storage 0:-0.1 6:0.12
u:store 5:-0.19 6:-0.15
u:story 0:0.14 5:0.13 12:0.24
u:straight 2:0.11 7:0.1 9:0.19 10:-0.11
u:street 6:0.11 11:-0.11
u:streetlight 0:0.2 7:-0.25
u:strength 2:0.11
u:stress 2:0.17
u:stuck 10:-0.3
u:student 6:0.14 11:0.11
u:students 2:0.14
u:stuff 2:0.28 9:0.25 13:-0.1
u:stunning 5:0.23 12:0.17
u:stylist 1:0.15 5:0.19
u:such 1:0.16 5:-0.14
u:suit 0:-0.12 5:0.1 12:0.1
u:summary 0:-0.12 4:0.17 5:-0.14 13:0.15
u:summed 8:0.11
u:summer 5:0.13
u:sunday 5:0.11 11:-0.12
u:super 5:0.32 12:0.29
u:superb 7:0.25
u:supplements 2:0.12
u:supplier 7:0.12
u:support 0:0.11 2:0.18 9:-0.16 12:0.15
u:supposedly 1:0.11
u:sure 0:-0.19
u:surgery 0:0.27 1:-0.14 3:0.25 5:-0.17 7:0.18 8:-0.2 9:0.11 10:0.24
u:surprised 10:0.15
u:swapped 13:0.11
u:sweetheart 5:-0.1
u:swept 3:0.25 10:0.15
u:swimming 5:0.1
u:switch 11:-0.11
u:symptoms 9:-0.14
u:system 1:-0.18 5:-0.11 6:-0.14 7:0.11 12:-0.11
u:ta 7:0.12 10:0.34 12:0.11
u:table 1:0.2 3:0.13 10:-0.19
u:tables 3:0.21 5:-0.13 10:-0.12
u:tablets 2:0.25 6:0.1 7:0.23 9:-0.11
u:tag 1:-0.13
u:tait 1:0.13
u:take 0:0.23 7:-0.15 9:0.11
u:takeaway 4:0.17 5:-0.16
u:taking 7:-0.13
u:talk 8:-0.15
u:talked 1:0.3 8:-0.27 9:0.18 13:0.17
u:tap 5:0.2 7:-0.11 12:-0.15
u:taste 5:0.23 12:-0.23
u:tasted 5:0.14 12:-0.12
u:tasty 5:0.13
u:tax 2:0.11 4:-0.16
u:tbh 0:-0.15 5:0.23 12:-0.19
u:tea 12:-0.11
u:teacher 6:0.12
u:team 1:0.22 5:-0.11 10:0.13
u:tell 2:0.11 4:0.15 11:0.14 13:0.18
u:telling 0:0.11 2:-0.12 5:0.19 12:-0.23
u:tells 6:0.26
u:ten 0:0.1 1:-0.1 6:-0.1 7:0.22 8:-0.11 11:-0.14 12:0.12 13:0.13
u:tenants 0:0.1
u:tenner 11:0.35
u:terms 0:0.14
u:terrible 5:0.12
u:test 1:0.1 9:0.11 12:-0.14
u:text 0:-0.17 1:-0.1 3:-0.14 6:0.56 7:0.13 13:0.28
u:texted 6:0.13
u:texting 5:-0.15
u:texts 6:0.13
u:th 0:0.11
u:than 0:0.14 4:0.16 5:0.11 6:-0.18 7:0.19 9:0.22 10:0.2 12:0.29
u:thank 0:-0.13 8:0.12 12:0.12
u:thanks 3:-0.11 5:-0.17 8:-0.14 13:-0.27
u:that 2:0.22 4:0.11 5:0.18 6:0.11 7:-0.18 8:0.16 9:0.11 11:-0.12
u:thats 4:-0.12 7:0.12 13:-0.15
u:the 0:-0.26 1:-0.26 3:-0.13 4:-0.2 7:-0.23 8:0.22 10:-0.11 11:-0.12 12:0.12 13:0.15
u:theatre 0:0.11
u:their 0:-0.14 1:0.37 2:-0.17 4:-0.13 5:-0.29 6:0.24 9:0.24 13:0.18
u:them 0:-0.19 1:0.27 2:-0.14 3:0.29 4:-0.1 6:0.19 11:0.15 12:0.21 13:0.16
u:themselves 5:0.21 12:0.11
u:then 1:0.16 3:0.16 4:0.15 6:0.18 9:-0.1 10:-0.15 11:-0.17 13:-0.27
u:there 0:0.3 3:0.13 6:-0.12 7:-0.12 10:-0.24 11:0.13 13:-0.17
u:theres 7:0.1 12:-0.22
u:these 12:0.11
u:they 0:0.15 5:0.16 6:0.3 8:0.13 9:-0.28 11:0.28 13:0.23
u:theyd 3:-0.1 6:0.11 9:0.12 12:0.24
u:theyre 1:0.1 11:-0.1
u:theyve 1:-0.14
u:thing 2:-0.12 6:-0.11 7:0.18
u:things 4:0.1 6:-0.13
u:think 4:0.13
u:thinking 1:-0.14 5:0.12
u:third 5:0.18 12:-0.12
u:this 0:-0.13 2:-0.14 3:-0.17 5:-0.23 7:0.18 8:0.11
u:tho 1:0.1 8:0.15 12:0.1
u:thorough 1:-0.16
u:those 5:0.16
u:though 0:0.45 1:0.25 2:0.15 5:0.14 7:-0.11 8:0.24 10:-0.13 12:0.2 13:-0.12
u:thought 3:0.13 5:0.13 12:0.14
u:three 5:0.26 7:-0.28 9:-0.17 12:-0.18 13:-0.37
u:thrilled 12:0.11
u:through 0:0.21 1:-0.1 6:0.23 9:0.15 13:0.42
u:thursday 0:0.24 7:-0.42
u:thyroid 2:0.14 9:0.15
u:ticket 0:0.12 1:0.13 4:0.15 7:-0.16
u:tidy 3:0.18 10:0.23
u:tiles 9:0.1
u:till 0:0.13 2:-0.19 5:-0.15 7:-0.12
u:tills 0:0.21 1:0.19 7:-0.14 8:-0.12
u:time 0:0.14 1:0.28 3:-0.23 5:0.16 8:-0.15 11:-0.13 12:-0.16
u:times 0:0.16 5:0.19 7:-0.14 8:-0.11 9:-0.18 13:-0.22
u:tip 1:0.11 3:0.36 8:0.13 10:-0.24
u:tipping 0:0.14
u:to 0:-0.13 1:0.22 3:-0.12 8:-0.38 10:-0.19 11:-0.17 12:0.19
u:toast 11:-0.16
u:toaster 13:0.12
u:today 1:-0.1
u:toilet 3:0.15
u:toilets 0:-0.27 2:-0.16 3:0.58 10:-0.23
u:told 0:-0.35 1:-0.17 2:0.75 3:-0.28 4:-0.19 5:-0.12 7:-0.25 8:-0.11 9:-0.44 13:-0.36
u:tomorrow 1:0.11
u:too 1:0.32 2:-0.12 3:0.12 4:0.11 5:0.37 10:0.11 12:0.19
u:took 0:0.52 1:0.21 4:-0.16 5:0.15 7:-0.18 8:0.27 9:0.16 13:-0.13
u:top 1:-0.1 2:0.11 6:0.2 9:0.14 11:-0.13
u:totally 1:0.1 8:-0.12
u:touch 0:-0.14
u:towels 5:-0.1
u:town 1:0.24 3:-0.13 4:0.26 11:0.15 12:0.19
u:tr 4:0.23 5:0.13
u:tracked 6:0.11
u:tracking 6:0.31
u:trade 9:0.1 11:0.12
u:traffic 1:0.14 8:-0.13
u:train 5:-0.11 6:0.17 11:-0.25
u:training 0:-0.16 2:0.27 6:-0.22
u:transferred 5:0.13
u:travel 2:0.12 9:-0.11
u:treat 1:0.13 2:0.26 8:-0.14 10:0.19
u:treatment 11:-0.16
u:tried 1:0.11 5:0.19
u:trim 5:0.23 12:0.14
u:trolley 3:0.14
u:trolleys 0:0.12 1:-0.11
u:trop 4:0.13 11:-0.15 12:0.12
u:trying 3:0.12 8:-0.12
u:tuesday 2:-0.12
u:turn 2:0.22 4:-0.1 9:-0.19
u:turned 0:0.4 1:-0.1 4:0.11 5:-0.14 7:-0.13 11:0.18 12:0.11
u:tv 0:-0.14
u:twenty 0:0.2 2:0.14 11:0.1 12:0.1
u:twice 1:0.11 7:-0.13 9:-0.13 11:-0.13 12:-0.21
u:two 0:0.34 2:0.24 3:-0.19 4:0.16 7:-0.11 11:0.12 12:0.17
u:tyre 1:-0.16 2:0.22 11:0.11
u:tyres 2:0.17 9:-0.11 12:-0.11
u:u 11:0.1
u:unable 0:0.11
u:under 1:-0.11 2:-0.11 3:0.26 7:0.21 10:-0.11 11:0.13
u:understand 6:0.21 13:0.14
u:understanding 1:-0.15
u:understands 2:0.27
u:understood 6:0.16 13:0.21
u:unit 5:-0.18
u:unreal 11:0.37
u:until 6:0.11 12:-0.2
u:up 0:0.21 4:-0.12 6:0.12 7:-0.29 9:0.12 10:0.4 11:-0.18 13:-0.1
u:update 0:-0.11 6:0.19
u:updated 6:0.22 13:0.26
u:updates 0:0.1 6:0.17
u:upgrade 5:0.18
u:upsell 1:0.11
u:us 0:0.16 1:0.18 3:-0.17 5:-0.12
u:use 1:-0.12 2:0.36 9:0.13
u:used 4:0.14 6:-0.15 10:-0.12 12:-0.11
u:useful 2:-0.1
u:using 2:0.14 5:-0.1
u:valet 3:0.35 5:0.13 11:0.25
u:valeting 0:0.11
u:value 4:0.45 11:0.35
u:valued 0:-0.14 11:0.14
u:van 0:0.18 6:0.11 7:0.15
u:varifocals 5:0.15
u:vegan 12:-0.13
u:venue 6:0.18
u:very 2:0.16 3:0.1 7:0.11 8:0.25 10:0.17 11:-0.21 13:-0.17
u:vet 0:-0.25 1:0.15 2:0.18 8:0.1 12:0.18
u:vets 5:-0.12
u:video 6:0.11
u:view 3:-0.17 12:-0.14
u:viewing 5:-0.1
u:village 11:0.1
u:visit 5:-0.13
u:visitors 5:0.1 12:0.14
u:visits 2:0.17 7:0.25
u:vivaldi 0:0.12
u:voicemails 0:-0.15
u:voucher 4:0.17 11:0.11
u:wait 0:0.36 1:-0.11 4:-0.13 5:0.22 7:-0.21 8:0.17 12:0.24
u:waitd 0:0.1
u:waited 0:0.54 1:0.12 2:-0.1 7:-0.11 11:0.18 12:0.16
u:waiter 1:0.42 5:0.15 10:-0.12
u:waitin 6:0.22
u:waiting 1:-0.35 3:0.25 5:-0.3 13:-0.1
u:waived 11:0.13
u:walk 0:0.16 7:-0.15
u:walked 0:-0.11 5:-0.12
u:walking 0:0.18 1:0.12
u:wanted 2:-0.11 11:0.11
u:wants 0:-0.13
u:ward 3:0.1 9:-0.1
u:warden 1:0.23 8:-0.15
u:warm 1:0.12 5:0.14 8:0.1 12:-0.26
u:warranty 2:0.14 5:-0.11 9:-0.14
u:was 0:0.13 1:0.31 3:-0.14 5:0.15 11:0.11 12:-0.42
u:wash 5:0.12 10:0.11 11:0.16
u:washing 0:-0.23 1:0.1 2:0.14 3:0.1
u:wasnt 0:0.15 5:-0.1 6:0.13 8:-0.26 9:-0.14 12:-0.14 13:-0.13
u:watch 5:-0.11
u:water 2:0.11 3:-0.13 12:-0.13
u:watering 1:0.11
u:way 5:-0.18 6:0.14 11:-0.15 13:0.14
u:we 1:0.18 2:-0.12 4:0.25 6:0.17 10:0.27 11:-0.27
u:website 5:-0.11 13:-0.16
u:wed 6:0.11 13:-0.11
u:wedding 0:-0.15 1:0.13 4:-0.12 5:0.4 6:0.37 11:0.1 12:0.22
u:wednesday 0:0.11 7:0.12
u:week 0:0.35 4:-0.18 7:-0.16 10:-0.11 11:-0.11 12:-0.3 13:-0.23
u:weeks 0:0.48 1:-0.27 5:0.23 6:0.18 7:-0.47 9:-0.11 12:0.2 13:-0.12
u:welcoming 8:-0.37
u:well 0:-0.1 4:0.1 5:0.14 6:0.11 7:0.15 9:0.14 12:0.32
u:went 4:-0.3 7:-0.1 9:-0.11 10:-0.17 12:-0.17 13:0.15
u:were 3:0.22 4:0.17 6:0.17 7:-0.21 12:-0.2
u:werent 12:-0.16
u:wet 3:0.18 10:-0.15
u:weve 10:-0.13 13:-0.13
u:what 1:-0.28 4:0.22 5:0.17 6:0.28 13:0.44
u:wheel 3:0.12
u:wheelchair 8:0.12
u:wheels 5:0.17 7:-0.14 13:-0.14
u:when 1:0.34 4:0.15 8:-0.28 9:-0.11 11:-0.33 12:-0.26
u:where 2:-0.15 6:0.35 11:0.18 13:0.37
u:whether 0:-0.19 1:-0.28 2:0.2 5:-0.16 9:-0.11 10:-0.11
u:which 0:-0.12 1:-0.21 2:0.35 3:0.11 4:0.11 5:-0.13 8:0.23 10:0.26 13:0.19
u:while 0:0.18 1:0.12 5:-0.11 7:0.28 11:0.23 13:0.12
u:who 1:0.35 2:0.27 6:-0.13 9:-0.17 10:-0.21 12:0.32
u:whole 1:0.2 2:0.15 8:-0.23
u:whos 1:0.12
u:why 0:0.28 2:-0.14 4:-0.13 6:0.35
u:wide 8:-0.24
u:wifi 5:0.41 6:-0.16 9:-0.12
u:will 0:-0.15 6:0.12 13:-0.1
u:window 6:0.11 7:0.14 13:0.13
u:windows 3:0.11 9:-0.11
u:wine 1:-0.13 3:0.11 5:0.22 12:0.26
u:winters 12:0.15
u:wipe 3:0.12
u:wiped 3:0.19
u:with 1:0.51 2:-0.11 3:0.1 5:0.12 6:0.24 7:-0.14 8:0.15 9:0.14 11:-0.17
u:within 0:0.22 5:0.13 7:0.49 12:-0.15 13:0.17
u:without 2:0.24 5:0.21 6:0.22 7:0.22 8:0.21 12:-0.21
u:woman 0:-0.11 1:0.24 2:0.11 6:-0.24
u:wont 1:-0.11 3:-0.11 5:0.29 9:-0.12 12:-0.26
u:wording 9:0.1
u:work 0:-0.11 1:-0.19 2:0.13 5:0.1 9:-0.15
u:worked 2:0.18 12:0.13
u:working 0:0.13 4:-0.11 7:-0.12 12:-0.1
u:works 9:-0.17 10:0.2
u:worn 2:0.1 6:0.2 9:0.14 13:0.15
u:worth 3:-0.2 4:0.35 5:0.25 12:0.28 13:0.12
u:wot 1:0.12 3:0.12 10:-0.12
u:would 1:-0.33 4:-0.22 6:0.1 7:0.15 8:0.12 10:-0.15 13:-0.2
u:wouldnt 1:0.13 4:0.1 8:-0.2 12:-0.15
u:wow 7:-0.1
u:wrapped 12:0.26
u:written 6:0.15
u:wrong 0:-0.13 2:0.85 3:-0.11 5:-0.16 6:-0.11 8:-0.12 9:-0.31 12:-0.17
u:x 8:0.16
u:yeah 9:-0.1
u:year 2:0.12 8:0.15 9:0.15 10:-0.2 12:0.17
u:years 0:-0.12 2:0.17 3:-0.13 6:-0.15
u:yes 2:0.19 9:-0.17
u:yet 9:0.18
u:you 10:0.25 12:-0.1 13:0.25
u:younger 0:-0.11
u:your 3:0.14 6:-0.18 10:0.24
u:youre 1:0.12 8:-0.19
u:youtube 9:-0.11
u:zero 10:0.18
u:£ 0:-0.28 1:-0.12 2:-0.11 4:2.01 5:0.21 6:0.32 7:0.19 10:0.19 11:-0.65 12:-0.18 13:-0.19
u:€ 4:0.14 5:0.12 11:-0.15 12:0.14

"""#
}
