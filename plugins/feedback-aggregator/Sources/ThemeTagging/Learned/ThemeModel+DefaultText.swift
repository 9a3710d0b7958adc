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
trained-on 2953 comments: tuning.jsonl probe.jsonl probe2.jsonl probe3.jsonl probe4.jsonl probe6.jsonl probe7.jsonl probe8.jsonl probe11.jsonl probe13.jsonl probe14.jsonl probe16.jsonl

weights
bias 0:-2.79 1:-3.13 2:-2.85 3:-2.68 4:-2.82 5:-2.71 6:-3.19 7:-0.05 8:-0.27 9:-0.71 10:0.03 11:-0.26 12:-0.03 13:-0.36
author:customer 0:-1.28 1:-1.11 2:-1.5 3:-1.41 4:-1.43 5:-0.93 6:-1.36 9:-0.25 13:-0.12
author:employee 0:-1.1 1:-1.55 2:-0.92 3:-0.86 4:-0.96 5:-1.37 6:-1.36 10:0.11 11:-0.19
b:12_for 11:-0.14
b:20_mins 0:0.45 5:-0.14 6:0.12
b:22_a 6:0.11
b:24_hours 0:-0.26
b:3_times 9:-0.16
b:45_p 4:0.15 11:-0.19
b:50_each 6:0.14
b:50_for 11:-0.12
b:50_minutes 0:0.15
b:5_g 2:0.11
b:5_working 0:0.16
b:70_parking 1:0.1
b:8_am 6:-0.1
b:8_and 0:0.13
b:95_for 5:0.12 11:-0.1
b:a_bank 0:0.13 1:0.13
b:a_bargain 5:0.11
b:a_barrier 9:0.1
b:a_bathroom 2:0.17 3:-0.11 10:-0.15
b:a_big 1:-0.13
b:a_bit 6:-0.11 8:-0.12 9:0.22 11:0.12
b:a_broadband 5:0.11
b:a_budget 11:0.19
b:a_button 5:0.12 12:-0.12
b:a_cat 5:0.12 12:0.12
b:a_chat 8:-0.15
b:a_cheque 9:-0.1
b:a_clean 0:-0.12 5:-0.13
b:a_cloud 5:0.15 12:0.15
b:a_clue 2:0.2 6:-0.12 9:-0.15
b:a_collection 1:-0.15 3:0.15 5:0.12 12:0.11
b:a_couple 0:0.11
b:a_day 3:0.15 5:0.17
b:a_dish 5:0.14 12:-0.1
b:a_drop 4:-0.11 5:0.12
b:a_e 0:0.16 7:-0.2
b:a_fault 7:0.15
b:a_few 12:-0.14
b:a_fiver 11:0.24
b:a_fortnight 0:0.1 5:0.19 7:0.15 12:-0.41
b:a_four 1:0.13
b:a_friday 0:0.31 5:0.21 12:0.15
b:a_full 4:0.12 11:0.1
b:a_gem 1:0.13 8:0.1
b:a_good 3:0.12 5:0.2
b:a_haircut 11:-0.1
b:a_joke 5:-0.14
b:a_laugh 4:0.1
b:a_loop 0:0.12
b:a_lot 0:0.13 1:0.13 6:0.12 8:0.11
b:a_main 11:0.14
b:a_manual 6:-0.11
b:a_massive 5:0.14
b:a_month 1:-0.14 4:0.1 5:0.12
b:a_new 5:0.13 7:0.22 9:-0.11
b:a_night 4:0.1
b:a_nightmare 4:-0.1 5:0.11
b:a_note 13:0.11
b:a_penny 4:0.11 11:0.12
b:a_photo 5:-0.14 6:0.19 13:0.11
b:a_plaster 3:0.18
b:a_price 6:0.11
b:a_private 2:0.24 9:-0.1
b:a_puddle 3:-0.16
b:a_quick 0:-0.23 12:0.13
b:a_real 8:-0.12
b:a_replacement 0:0.16 7:0.11
b:a_reply 0:-0.13 4:-0.12 6:0.12
b:a_room 5:-0.12
b:a_saturday 0:0.1 6:-0.12
b:a_second 6:-0.13
b:a_service 2:0.13 4:0.13
b:a_shift 2:0.12
b:a_short 5:-0.11
b:a_single 0:-0.11
b:a_smile 1:0.11 8:-0.12
b:a_speck 10:0.11
b:a_split 2:0.11
b:a_steal 4:0.16 11:-0.12
b:a_sticky 5:0.1
b:a_straight 1:0.1 9:0.12
b:a_table 1:0.12
b:a_takeaway 4:0.13
b:a_text 6:0.25
b:a_time 5:0.12 12:0.11
b:a_tip 3:0.25 10:-0.2
b:a_toddler 1:-0.1
b:a_total 5:-0.13
b:a_trim 5:0.14
b:a_two 4:0.18
b:a_way 2:0.12
b:a_week 0:0.24 4:-0.12 6:0.23 7:-0.1
b:a_wet 3:0.15
b:a_wheelchair 8:0.11
b:a_year 5:0.12 10:-0.12
b:a_£ 1:0.16 5:-0.13
b:about_a 1:0.16
b:about_five 5:0.11
b:about_her 2:-0.1
b:about_my 4:-0.1
b:about_not 13:0.11
b:about_our 0:0.13
b:about_price 6:0.15
b:about_promotions 6:-0.12
b:about_the 4:-0.12 5:-0.15 6:0.23 8:0.24 9:-0.14 10:0.14 13:-0.33
b:acted_like 1:0.18 8:-0.13
b:actually_listened 6:0.12
b:actually_turned 7:0.11
b:actually_worked 5:0.12
b:adds_up 4:0.12
b:advisers_at 2:0.14
b:after_four 5:0.19
b:after_himself 3:0.14 5:0.1 12:0.1
b:after_i 0:0.11 2:-0.1
b:after_id 0:0.11
b:after_that 5:0.17
b:after_the 0:-0.25 4:0.11 5:-0.19 6:0.17 11:-0.12
b:agent_was 0:0.14
b:all_day 0:-0.15 2:0.13 4:0.1 5:0.12 6:0.12 12:-0.12
b:all_my 2:0.1
b:all_over 3:0.21 5:-0.23 10:-0.11
b:all_smiles 1:0.15 8:-0.12
b:all_the 1:0.1 3:0.11
b:all_year 2:0.11
b:already_read 9:-0.1
b:am_and 0:0.11
b:amazing_how 12:-0.11
b:an_absolute 1:0.11
b:an_email 6:0.19
b:an_engineer 0:-0.1
b:an_esim 2:0.1
b:an_expert 9:-0.15
b:an_hour 0:0.38 6:-0.1 9:0.11 11:-0.18
b:an_mot 4:0.15 11:0.12
b:and_a 0:-0.13 3:0.46 4:0.22 6:-0.1 8:-0.17 9:0.15 10:-0.24 12:0.15
b:and_all 5:0.17
b:and_came 5:0.14
b:and_charged 5:0.11
b:and_chips 5:0.12
b:and_clean 0:-0.1 1:0.12 8:-0.11
b:and_cleaned 5:0.18
b:and_didnt 0:0.1 1:0.16
b:and_drove 5:0.19
b:and_dust 5:-0.1
b:and_even 3:0.11
b:and_explained 6:0.11 13:0.18
b:and_find 1:-0.11
b:and_gave 2:-0.12
b:and_got 2:0.22 5:-0.12 11:0.11
b:and_had 6:-0.16 12:0.12
b:and_half 5:0.23
b:and_he 7:0.17
b:and_helped 5:-0.12
b:and_hes 5:0.14
b:and_honestly 2:0.11 3:-0.11
b:and_how 4:-0.11
b:and_i 1:-0.26 2:0.16 6:-0.18 7:-0.15 11:-0.13
b:and_in 0:0.14 5:-0.15
b:and_it 0:0.13 2:0.14 3:-0.14 6:-0.13 7:0.16 11:0.12
b:and_its 1:0.1
b:and_kept 1:0.16
b:and_knew 1:0.13
b:and_leaves 10:-0.14
b:and_left 2:0.11 5:-0.11
b:and_most 2:0.12
b:and_my 2:0.14 5:-0.16 9:0.1
b:and_never 1:0.16 5:-0.15
b:and_no 0:0.12 2:-0.14
b:and_nobody 0:0.11 2:0.16 12:-0.12
b:and_not 4:-0.12 5:0.1
b:and_on 2:0.11
b:and_one 0:-0.16 1:-0.11
b:and_out 0:0.16 2:-0.12 5:-0.17 6:-0.11 7:0.15
b:and_overpriced 3:-0.11 5:0.15 12:-0.25
b:and_people 6:-0.12
b:and_polish 0:-0.11
b:and_quick 1:-0.13
b:and_really 1:0.12 2:0.12 10:0.11
b:and_said 6:0.13 13:-0.1
b:and_saved 2:0.23 9:0.13
b:and_several 4:0.14
b:and_she 0:-0.11 5:0.13 11:0.11
b:and_sighed 5:0.14
b:and_still 2:-0.15
b:and_that 0:-0.17 1:0.15 6:0.12 9:0.14 11:0.15
b:and_the 0:0.28 1:0.33 2:0.13 3:0.18 5:0.52 7:-0.12 9:-0.39 13:-0.14
b:and_then 8:0.1 11:-0.12
b:and_theres 0:-0.12 5:0.17 11:-0.12 12:-0.16
b:and_they 0:-0.17 4:0.13 6:0.13 7:0.12 9:0.14 12:0.15 13:0.1
b:and_told 5:0.12
b:and_took 5:0.12
b:and_was 0:0.22
b:and_went 10:-0.13
b:and_what 6:0.18 13:0.13
b:and_when 5:0.16
b:and_which 6:0.19 13:0.12
b:and_why 6:0.15 13:0.13
b:and_you 5:0.13 12:-0.12
b:answered_the 8:0.13
b:any_fuss 0:0.11
b:any_more 2:0.18 9:0.11
b:anyone_tell 9:0.1
b:apart_after 4:-0.11
b:app_is 5:0.11
b:appointment_letter 13:-0.16
b:appreciate_the 1:-0.11
b:appreciated_finding 6:0.17
b:appreciated_the 13:-0.18
b:are_a 3:-0.11
b:are_broken 5:0.18 12:-0.13
b:are_double 5:0.15
b:are_filthy 2:0.13
b:are_friendly 1:0.11 3:0.11
b:are_fuming 7:-0.11
b:are_lovely 0:-0.13
b:are_on 0:0.12
b:are_out 2:0.12
b:are_people 13:-0.11
b:are_ready 13:0.13
b:are_still 5:-0.13
b:are_the 11:-0.12
b:are_thrilled 5:0.11 12:0.11
b:argue_with 4:0.18 11:0.2
b:arrived_in 0:0.11 6:0.11 7:0.11
b:as_a 1:0.16 5:-0.19 8:-0.2
b:as_chips 11:0.13
b:as_if 1:0.13
b:as_long 0:0.13 4:0.12
b:as_promised 2:0.13
b:as_the 11:0.11
b:as_well 0:0.11 5:0.12
b:ask_about 2:0.22
b:ask_for 1:0.18 2:-0.12 8:-0.13 11:0.1
b:ask_me 9:-0.17
b:asked_about 2:-0.1
b:asked_at 2:0.11
b:asked_for 5:0.25
b:asked_how 2:-0.11
b:asked_if 2:0.38 3:-0.13 5:-0.1 6:-0.15
b:asked_the 2:0.27
b:asked_to 2:-0.11
b:asked_what 5:0.1
b:asked_whether 1:-0.13 5:-0.12
b:asking_for 13:0.13
b:asleep_on 1:0.13 8:-0.16
b:at_1 7:0.12
b:at_11 0:0.12
b:at_2 0:-0.11
b:at_5 6:-0.12
b:at_6 6:0.17
b:at_7 0:0.16 6:0.1
b:at_8 0:0.14 7:-0.17
b:at_a 13:-0.1
b:at_all 0:0.11 2:-0.12 4:-0.11 8:0.15
b:at_checkout 6:0.1
b:at_half 2:0.15 5:-0.11 7:0.1
b:at_home 1:-0.11
b:at_lunchtime 2:0.11 5:0.12 12:0.11
b:at_me 1:0.18 6:-0.1 8:-0.11
b:at_my 4:0.18
b:at_ten 2:0.14
b:at_the 2:0.14 5:-0.19 6:-0.22 10:-0.12 12:0.12
b:at_weekends 0:0.12
b:at_£ 4:0.13 5:0.14
b:b_4 5:-0.12
b:b_b 5:0.14
b:back_because 13:-0.11
b:back_before 5:0.11
b:back_on 0:0.1
b:back_the 8:-0.11
b:back_to 5:0.25 10:-0.15
b:back_with 1:-0.1 5:-0.15
b:back_within 0:-0.27
b:bad_for 0:0.1
b:bang_on 7:0.1
b:basically_stopped 6:0.14
b:bathroom_and 2:0.17 3:-0.12 10:-0.14
b:be_back 1:-0.16
b:be_fair 0:0.13 1:0.11 4:0.12 5:0.16
b:be_good 6:-0.14
b:be_nice 2:0.12 10:-0.1
b:because_he 4:-0.11
b:because_nobody 6:0.11 13:-0.14
b:because_of 7:-0.14
b:because_the 1:-0.11 6:-0.19 9:-0.1 13:-0.1
b:been_a 1:-0.11
b:been_brilliant 5:0.15
b:been_going 2:-0.12
b:been_hunting 2:0.12
b:been_kept 7:0.27
b:been_out 13:-0.15
b:been_sat 6:0.15
b:been_told 0:-0.11 1:0.11 2:-0.14 5:-0.1 10:-0.12
b:before_a 3:0.13
b:before_anyone 13:-0.13
b:before_i 4:-0.15 5:0.12
b:before_id 6:-0.12 7:0.14
b:before_the 1:-0.11 5:-0.11 13:-0.1
b:behind_the 1:0.21 2:0.1
b:being_four 1:0.1
b:being_told 6:0.1
b:believe_it 6:-0.12
b:best_full 5:0.1
b:best_in 3:-0.1 11:-0.17
b:best_value 4:0.17 5:-0.12 11:0.11
b:better_than 4:0.11
b:between_8 0:0.13
b:bikes_have 5:0.11
b:bill_was 4:0.15 11:-0.16
b:bill_without 5:0.13
b:bin_collection 2:0.14
b:bin_men 5:0.31
b:bit_of 4:-0.13 6:-0.11
b:bloke_at 1:0.14
b:bloke_who 5:-0.13
b:blood_test 4:0.13
b:blow_dry 12:-0.14
b:booked_a 3:0.1
b:booked_for 0:0.16
b:booked_in 2:0.14
b:bought_a 5:0.29 12:0.13
b:boxes_and 5:0.1
b:brand_new 0:0.13 7:0.1
b:bread_and 1:0.11
b:breakfast_was 4:0.1 6:0.11
b:brought_the 8:0.13 10:0.18
b:budget_hotel 11:0.19
b:building_society 2:0.17 4:0.12 5:-0.1
b:but_customers 3:-0.12
b:but_everyone 8:0.13
b:but_he 5:-0.15
b:but_honestly 8:0.11
b:but_it 0:0.11 7:0.1
b:but_no 12:-0.13
b:but_several 5:-0.12
b:but_she 1:0.1
b:but_the 0:0.19 1:0.11 2:-0.13 4:0.25 5:0.35 6:0.2 7:-0.27 11:-0.23
b:but_they 1:0.13 3:-0.11 5:0.15 6:0.1
b:but_theyre 1:0.12
b:but_two 2:0.12
b:but_when 6:-0.11
b:by_4 2:0.12
b:by_a 1:-0.15 3:0.16
b:by_email 5:0.11
b:by_hand 3:0.11 5:-0.14
b:by_name 1:0.24 13:0.11
b:by_our 2:0.13
b:by_step 6:0.1
b:by_the 0:0.14 10:-0.2
b:by_two 2:0.11
b:cake_was 6:-0.1
b:call_centre 6:0.16
b:call_is 6:-0.11
b:call_me 0:-0.33
b:calls_have 13:0.11
b:came_back 3:0.12 5:-0.16
b:came_in 0:-0.12 5:-0.11 9:0.11
b:came_off 0:-0.1
b:came_on 3:0.1
b:came_out 3:0.1
b:came_to 0:0.13
b:came_with 0:0.1
b:can_get 5:-0.17
b:can_we 5:-0.12
b:cant_answer 2:0.14
b:cant_argue 4:0.18 11:0.2
b:cant_believe 4:0.11 6:-0.13
b:cant_say 5:-0.11
b:car_and 2:-0.11 6:0.11
b:car_in 8:0.15
b:car_itself 5:0.14
b:car_was 2:0.11
b:care_home 12:0.1
b:carrier_bags 11:-0.24
b:centre_cafe 5:-0.17
b:changes_the 6:0.13
b:changing_rooms 3:0.23
b:charge_for 4:0.12
b:charged_me 4:0.17 5:0.27 6:-0.12
b:charged_twice 0:-0.1
b:charged_£ 5:0.14
b:charging_£ 4:0.12
b:chase_them 13:0.13
b:chat_about 1:0.12
b:chat_with 2:0.11
b:cheap_as 11:0.14
b:cheaper_than 11:0.17
b:cheaper_to 11:-0.28
b:cheapest_pint 5:0.1
b:check_and 1:0.1
b:check_in 0:0.12 1:0.14 5:0.16 12:-0.16
b:check_on 1:-0.15
b:checked_twice 3:0.11
b:cheerful_and 1:-0.12
b:chemist_counter 1:-0.13
b:childrens_corner 3:0.13
b:chipped_a 8:0.11
b:chips_and 5:0.14
b:chips_were 5:0.16 12:-0.16
b:christmas_eve 6:-0.1
b:christmas_jumpers 1:-0.25
b:clean_break 5:-0.1
b:clean_in 2:0.14 10:0.11
b:cleaned_me 5:-0.11
b:cleaned_once 10:-0.14
b:cleaned_up 5:0.14
b:cleaner_than 3:0.16 5:0.1 7:-0.13 10:0.2
b:cleared_up 2:0.14 5:-0.1
b:clearly_knew 9:0.1
b:clients_have 2:0.12
b:clue_about 2:0.11
b:clue_what 1:-0.13
b:cold_and 5:0.31
b:cold_by 8:0.11
b:collected_myself 4:0.13
b:come_through 4:-0.11
b:come_thursday 0:0.14
b:coming_back 12:0.11
b:complain_about 3:0.1 6:-0.1
b:complaining_about 2:-0.1
b:complaints_about 10:0.15 13:0.11
b:consensus_was 12:-0.13
b:cook_the 5:0.13 9:0.13
b:cost_of 4:-0.11
b:could_do 3:0.15 6:-0.11
b:could_eat 10:0.11
b:could_follow 2:0.11
b:could_not 2:0.18
b:could_pay 9:-0.1
b:could_see 0:0.11
b:could_take 9:0.13
b:could_tell 0:0.11 13:-0.11
b:couldnt_have 1:0.18 2:-0.17
b:couldnt_tell 0:-0.12 2:0.14 5:-0.15 9:-0.13
b:counter_and 5:-0.15
b:counter_is 1:0.15
b:cover_it 2:0.11
b:covered_in 5:-0.11
b:covering_the 0:0.12
b:customer_service 4:0.11 12:-0.11
b:customer_toilets 10:-0.12
b:customers_are 5:0.11 7:-0.16
b:customers_ask 2:0.21 6:0.14
b:customers_cant 4:0.12
b:customers_dont 0:0.16
b:customers_have 0:-0.1 3:0.12 13:0.11
b:customers_keep 12:-0.1
b:customers_love 13:0.12
b:customers_say 1:0.1 2:-0.11 4:0.13
b:customers_when 1:0.17 2:-0.1
b:customers_who 5:-0.1
b:customs_form 1:0.14
b:cut_the 2:0.17
b:day_and 2:0.16
b:day_delivery 4:-0.13 13:-0.1
b:day_is 7:-0.11
b:daylight_robbery 0:-0.14
b:days_and 0:0.11 5:0.11
b:deep_clean 5:-0.11
b:delivery_and 0:0.11 7:-0.16
b:depending_on 2:0.12
b:described_as 1:0.12 2:0.25 7:-0.13 8:0.14 13:0.11
b:described_the 11:0.11
b:diagnostic_check 5:-0.11
b:diagram_of 2:0.12
b:did_a 0:0.11 5:0.19 12:0.12
b:did_come 0:-0.1
b:did_the 1:-0.1 5:-0.13
b:didnt_even 8:-0.13
b:didnt_expect 7:0.1
b:didnt_feel 3:0.11
b:didnt_get 1:0.12
b:didnt_have 9:-0.11 13:0.11
b:didnt_just 5:0.11
b:didnt_know 1:-0.11 2:0.13 6:-0.11 9:-0.17
b:didnt_mind 3:-0.12
b:didnt_need 1:-0.15 2:0.14 9:0.13
b:difference_between 4:0.13
b:discussed_the 5:0.16
b:discussion_of 5:0.1
b:do_i 6:0.14
b:do_it 0:0.12
b:do_the 2:0.13 6:-0.11 9:0.11
b:dog_died 1:0.19
b:doing_and 5:0.13
b:dont_have 6:0.12
b:dont_know 6:0.16
b:dont_think 4:0.13 11:0.1
b:door_at 0:0.17 7:0.12
b:door_to 0:0.16 5:0.17 7:0.12 12:-0.12
b:double_what 5:0.12
b:down_before 3:0.11
b:down_the 0:0.13
b:downright_rude 7:-0.11
b:driver_was 0:0.16
b:drivers_seat 3:0.19 5:-0.14
b:driving_instructor 6:-0.11
b:dry_cleaner 3:-0.13 5:0.37
b:each_time 1:0.16 8:-0.1
b:easy_to 5:0.13
b:eggs_were 8:0.12
b:eight_and 0:0.14
b:elderly_customers 1:0.25
b:else_in 11:0.1
b:emails_about 6:0.17 8:0.11
b:emails_to 0:-0.12 13:-0.11
b:emptying_my 12:-0.11
b:estate_agent 6:0.15
b:estate_agents 1:0.1
b:even_at 0:0.12
b:even_the 10:0.12
b:even_tho 1:0.13
b:even_when 5:-0.1
b:ever_explained 4:-0.12
b:every_call 0:0.16
b:every_day 5:0.21
b:every_hour 3:0.23 10:0.12
b:every_monday 0:-0.12
b:every_one 1:0.15
b:every_shift 5:0.13
b:every_step 6:0.11 13:0.11
b:every_week 10:-0.13
b:everyone_else 6:0.11 8:-0.15
b:everyone_said 5:0.17
b:exactly_how 5:0.17 9:0.15
b:exactly_what 1:-0.23 9:0.11 11:0.12 12:0.17
b:exactly_which 1:0.18 9:0.11
b:expecting_a 1:0.11
b:expecting_to 6:-0.11
b:explain_it 2:0.14
b:explain_the 1:-0.15 6:0.15
b:explain_what 6:0.11
b:explain_why 2:0.11
b:explained_everything 13:0.12
b:explained_it 13:0.11
b:explained_what 5:0.19
b:express_checkout 0:0.31 7:-0.19
b:eye_watering 1:0.11 11:-0.12
b:face_when 1:-0.14 5:0.13
b:fair_play 11:0.1
b:fair_prices 1:0.16
b:far_better 2:0.11
b:fault_in 5:0.14
b:fee_was 0:0.11 5:-0.11 11:0.11
b:feedback_from 6:0.1
b:feel_like 0:-0.17 1:0.14
b:fell_apart 4:-0.11
b:filthy_and 3:0.1
b:find_out 2:0.11
b:find_someone 1:-0.1
b:finding_out 6:0.17
b:fine_for 0:-0.13
b:finished_explaining 6:-0.11
b:finished_the 0:0.11
b:first_go 2:0.12
b:first_one 6:0.11
b:first_time 5:0.13 6:-0.12 12:0.17
b:fish_counter 5:0.16 9:0.13
b:fitted_are 11:-0.15
b:five_stars 5:0.11
b:five_weeks 0:0.1
b:fiver_for 11:0.2
b:fix_a 7:0.12
b:fixed_it 5:-0.1
b:flat_white 3:-0.11
b:food_was 0:-0.11 5:0.14 12:-0.15
b:for_a 0:0.19 4:0.33 7:0.18 8:0.12 11:0.1 12:-0.12
b:for_an 0:-0.3 3:0.12 4:0.21 5:-0.13
b:for_anyone 0:-0.12 4:-0.13
b:for_asking 1:0.14
b:for_being 5:-0.13
b:for_her 1:0.13
b:for_it 1:-0.12 3:0.13
b:for_me 1:0.13 2:0.21 8:0.12 9:0.15 13:0.14
b:for_more 13:0.1
b:for_my 5:-0.1
b:for_new 5:0.18 12:-0.15
b:for_next 4:-0.13
b:for_not 1:0.13
b:for_once 1:-0.15
b:for_one 2:0.13
b:for_parking 11:-0.13
b:for_ten 0:-0.11
b:for_that 0:0.11
b:for_the 0:0.16 2:-0.24 3:-0.12 5:0.31 8:-0.18 9:-0.17 12:0.11 13:-0.1
b:for_three 4:0.11 5:0.11
b:for_twenty 2:0.13
b:for_two 2:-0.13 11:0.3
b:for_weeks 0:-0.13 3:0.12
b:for_what 4:0.14 5:-0.1
b:for_years 1:0.12
b:for_£ 1:-0.19 11:0.42
b:form_i 1:0.13
b:forty_minutes 0:0.12 7:-0.17 13:-0.14
b:found_a 9:0.15
b:found_it 5:0.12
b:found_out 2:-0.11 4:0.17 12:0.1 13:-0.16
b:found_the 9:0.17
b:four_minutes 0:-0.1 4:0.11 11:-0.1
b:four_times 6:0.21 13:-0.14
b:four_years 0:0.11 5:0.16
b:fourth_time 6:0.11
b:free_parking 4:-0.27
b:friday_is 0:0.21 5:0.13 7:-0.13
b:friendly_and 1:0.12 3:0.11
b:from_a 1:-0.11
b:from_last 5:-0.12
b:from_the 3:0.14 6:0.15 7:0.24 10:-0.12
b:from_us 11:-0.16
b:front_desk 6:-0.13
b:front_of 2:0.13 9:-0.13
b:full_english 5:0.1
b:full_so 0:-0.15
b:fuming_that 7:-0.11
b:garages_had 5:-0.12
b:gave_me 2:0.12 5:-0.1 6:0.13 7:0.12 9:-0.19 13:0.13
b:gave_up 5:-0.11
b:gave_us 5:0.19 12:-0.13
b:get_a 6:0.16 11:0.16
b:get_checked 3:0.11
b:get_in 5:-0.1
b:get_it 5:-0.11
b:get_the 5:-0.14 11:-0.28
b:get_through 0:0.11
b:get_to 0:0.15 2:0.11 6:-0.12
b:get_what 5:0.15
b:give_me 5:0.13
b:giving_out 2:0.16
b:glad_i 1:-0.1 12:0.13
b:glass_of 1:0.1
b:glasses_are 3:0.12 13:0.11
b:glasses_give 5:0.1
b:go_back 0:0.1
b:goes_in 3:0.11
b:going_back 1:-0.14
b:going_on 6:0.25
b:going_to 2:-0.12
b:gone_up 4:0.16 6:-0.19
b:good_value 4:0.11
b:good_way 1:-0.1 3:0.11
b:got_a 6:0.12 8:-0.24
b:got_an 5:-0.11
b:got_back 5:0.12 12:-0.16
b:got_charged 0:-0.14
b:got_home 2:0.15 4:-0.13
b:got_in 0:-0.13
b:got_it 2:-0.11
b:got_on 1:0.1
b:got_the 0:0.14 2:-0.16
b:got_through 0:0.1
b:got_told 2:0.12
b:got_us 0:0.12 1:0.15
b:grabbed_a 0:-0.11 5:0.15
b:great_to 10:-0.13
b:gripe_is 3:0.14 4:0.1
b:group_said 0:-0.13 5:-0.13
b:grubby_and 5:-0.11
b:guests_keep 3:0.11 10:-0.13
b:guy_told 2:0.16
b:had_a 1:-0.17 2:-0.15 3:-0.11 7:0.1 12:0.11 13:0.14
b:had_an 5:-0.12 6:0.11
b:had_become 4:0.1
b:had_been 1:-0.11
b:had_changed 6:0.15 13:-0.15
b:had_ever 2:0.1 9:0.12
b:had_gone 2:0.1
b:had_it 0:0.17 6:-0.1 7:0.1
b:had_mentioned 5:0.13
b:had_missed 2:0.17 5:-0.12 9:0.15 12:0.11
b:had_no 5:-0.14 9:-0.1
b:had_someone 7:0.13
b:had_that 6:0.13
b:had_the 6:-0.13 9:0.11
b:had_to 0:-0.32 1:-0.11 2:0.12 4:-0.16 9:-0.39
b:had_tried 5:0.15
b:hair_in 5:-0.11 10:-0.14
b:half_an 0:0.11 7:0.14
b:half_of 0:-0.17
b:half_our 13:-0.11
b:half_the 1:-0.12 3:-0.2 5:0.42 11:-0.18 12:-0.24
b:half_what 11:0.18
b:handheld_scanners 6:0.17
b:happy_to 11:0.14
b:has_been 5:-0.14
b:has_come 4:-0.13
b:hasnt_been 2:0.1 6:-0.11
b:have_a 6:-0.1 9:-0.11
b:have_an 5:0.11
b:have_basically 6:0.14
b:have_been 1:0.21 7:-0.22 8:0.13 10:-0.11
b:have_noticed 10:0.12
b:have_started 13:0.11
b:have_to 5:-0.13 6:0.25 13:0.12
b:havent_been 6:-0.11
b:having_a 4:0.11
b:he_fitted 11:-0.15
b:he_fixed 5:-0.11
b:he_found 5:0.11 7:-0.1
b:he_is 0:-0.1 5:0.12
b:he_knew 0:0.1
b:he_knows 1:0.13
b:he_said 0:0.1 2:0.14
b:he_told 5:-0.13
b:he_was 0:0.28 4:-0.13 5:0.24 12:0.19 13:0.12
b:he_wasnt 1:-0.1 5:-0.14
b:he_would 0:0.12
b:head_office 6:-0.1
b:heard_about 6:0.15
b:hed_be 0:0.14
b:hed_never 6:-0.11
b:helped_me 5:-0.12
b:her_eyes 6:-0.11
b:here_is 1:-0.1
b:hes_on 6:0.11
b:his_phone 0:-0.14 1:0.14
b:his_stuff 2:0.11
b:hold_music 0:0.25 7:-0.17
b:hold_times 0:0.11 7:0.12
b:home_and 2:0.14
b:honestly_didnt 3:-0.1
b:honestly_i 4:0.17
b:hospital_for 4:0.14 11:-0.18
b:hour_and 5:0.14
b:hour_is 7:0.16
b:hour_window 6:0.1 7:0.11
b:hours_in 5:-0.1
b:house_in 0:-0.14 1:0.13
b:house_white 1:0.1
b:how_long 9:0.12
b:how_many 6:0.13
b:how_much 4:-0.14
b:how_the 0:0.11 5:0.1 12:-0.15
b:how_they 2:-0.13 4:-0.18 7:0.1
b:how_to 2:0.22 4:0.12 5:0.14 9:-0.11
b:hunting_for 2:0.12
b:i_asked 4:-0.1 6:-0.1 9:0.16
b:i_booked 5:0.12
b:i_brought 8:0.13
b:i_can 5:0.2 6:-0.25 12:0.14
b:i_collected 4:0.14
b:i_could 5:-0.22 9:-0.13
b:i_did 2:0.15
b:i_didnt 1:-0.1 9:0.21
b:i_dont 4:0.15
b:i_found 13:-0.11
b:i_get 0:0.11
b:i_got 0:0.2 1:0.14 2:0.19 4:-0.13 5:0.11 12:-0.13
b:i_had 0:-0.22 2:0.14 4:0.1 5:-0.16 6:0.1 9:-0.12 11:-0.15 13:0.11
b:i_hadnt 2:0.15
b:i_have 6:0.12
b:i_needed 0:-0.12 1:0.14
b:i_only 13:-0.15
b:i_ordered 4:-0.12
b:i_paid 4:-0.11
b:i_rang 0:0.13 5:-0.11 6:-0.24 7:-0.1
b:i_read 2:0.13
b:i_said 5:0.14
b:i_think 5:0.12
b:i_understood 13:0.12
b:i_want 5:0.11
b:i_wanted 11:0.1
b:i_was 1:0.38 2:-0.28 6:0.39 13:0.16
b:i_went 2:0.1 6:-0.23 9:-0.14
b:i_wouldnt 8:-0.14
b:id_already 6:0.17 13:-0.13
b:id_been 2:0.21 5:-0.1
b:id_never 1:0.11
b:if_he 5:0.12
b:if_id 1:0.13
b:if_the 2:0.36 3:-0.15 5:-0.1 6:-0.14
b:if_they 10:-0.1
b:if_you 0:-0.14
b:ill_be 1:0.12
b:im_not 9:0.11
b:im_still 0:0.16 5:-0.11
b:im_writing 6:-0.11
b:important_to 6:-0.11
b:impressed_that 6:0.13 7:0.11
b:in_20 0:0.19 7:0.14
b:in_a 0:0.32 1:-0.12
b:in_about 9:0.1
b:in_and 0:0.15 5:-0.18 13:0.11
b:in_between 0:0.11
b:in_circles 6:-0.12
b:in_five 6:0.16 13:-0.1
b:in_for 1:0.23 2:0.28 4:-0.15 5:-0.17 9:0.11
b:in_four 5:-0.11
b:in_front 2:0.13 9:-0.13
b:in_march 5:0.11
b:in_months 5:0.25 12:0.16
b:in_my 5:0.18
b:in_on 7:-0.2
b:in_one 2:0.1 9:-0.12
b:in_pain 2:0.14
b:in_plain 13:0.16
b:in_six 0:-0.14 1:0.13
b:in_ten 6:-0.13
b:in_that 10:0.11
b:in_the 0:-0.15 2:0.11 3:0.35 5:0.45 6:-0.14 7:-0.23 8:0.11 9:-0.19 10:-0.31 11:-0.27 12:-0.27
b:in_three 7:0.28
b:in_to 0:-0.15 1:-0.11
b:in_took 1:0.13
b:in_town 4:0.31 11:0.25 12:0.2
b:in_twenty 0:0.14
b:in_two 0:0.16 5:0.13 7:0.12
b:in_under 0:-0.14
b:in_with 0:-0.11
b:in_years 11:0.13
b:information_about 2:0.13
b:instead_of 6:-0.1 7:0.22 9:0.15
b:into_a 5:-0.13
b:into_the 1:-0.11
b:is_a 0:0.1 1:0.15 2:-0.12 8:0.14 13:-0.11
b:is_already 5:0.11
b:is_brilliant 2:0.14 6:0.11 10:0.11
b:is_half 11:-0.11
b:is_important 6:-0.11
b:is_lovely 2:0.11 5:0.11
b:is_not 1:0.14
b:is_spotless 5:-0.12
b:is_taking 7:-0.11
b:is_the 2:-0.1 4:0.12 5:0.24 6:0.11 11:0.11 13:0.11
b:is_vivaldi 0:0.12
b:isa_allowance 2:0.13 9:-0.13
b:isas_and 2:0.13
b:isnt_cheap 11:-0.22
b:it_a 2:0.18 6:-0.12
b:it_all 6:0.1 13:0.12
b:it_and 2:0.14 7:-0.19 9:0.11
b:it_arrived 0:0.12
b:it_back 0:0.17 5:0.1 12:-0.12
b:it_by 0:0.13
b:it_came 6:0.15
b:it_did 0:0.11
b:it_didnt 0:-0.17
b:it_for 3:0.14 6:-0.2
b:it_from 3:0.14 11:-0.16
b:it_had 0:-0.18 1:0.13 13:0.12
b:it_in 1:0.14 2:0.13
b:it_is 5:-0.11 7:0.12
b:it_myself 9:-0.11
b:it_needs 9:0.1
b:it_off 5:0.11
b:it_on 0:0.15 13:0.11
b:it_only 6:0.1
b:it_still 5:-0.12
b:it_took 0:-0.13 1:0.12
b:it_turned 0:0.12 7:-0.14 12:-0.12
b:it_up 1:0.13 9:0.1 12:0.14
b:it_was 0:0.13 1:-0.28 3:-0.16 5:0.49 7:0.13 12:0.37
b:it_wasnt 5:0.19 6:0.13 12:-0.22
b:it_went 6:0.13
b:it_without 3:0.13 5:-0.11
b:it_worked 2:0.11
b:itd_be 0:0.17
b:its_a 11:0.21
b:its_been 0:0.2
b:its_own 0:-0.12
b:itself_was 5:0.2
b:ive_ever 4:0.11 10:-0.29 11:0.11
b:ive_had 0:-0.11 1:0.1 3:0.14 5:0.25
b:just_hand 5:0.12
b:just_kept 6:0.14 13:-0.17
b:just_to 2:-0.13
b:keep_leaving 3:0.11 10:-0.12
b:kept_me 1:0.11
b:kept_us 6:0.16 13:0.12
b:kept_waiting 0:0.11 7:0.3
b:kids_books 4:0.17 11:0.12
b:kids_loved 3:-0.12
b:knew_every 1:0.14
b:knew_exactly 0:0.14 1:0.13 2:0.15 6:-0.15 9:0.19
b:knew_his 2:0.1 5:-0.11
b:knew_straight 5:0.13
b:knew_the 1:-0.15 2:0.21 5:0.12 9:0.15
b:knew_what 5:0.11
b:know_either 1:-0.11
b:know_their 2:0.17 9:0.21
b:know_whats 6:0.13
b:know_where 9:-0.1
b:knowledgable_staff 0:0.14
b:knows_every 1:0.11
b:knows_more 9:0.11
b:lad_who 8:-0.12
b:lads_were 6:0.12
b:lady_on 5:-0.11
b:last_place 11:0.1
b:lasts_for 12:0.15
b:late_and 4:0.14
b:later_than 7:-0.14
b:leaves_the 10:-0.15
b:leaving_reviews 3:0.11 10:-0.12
b:left_my 5:0.13
b:left_the 0:0.18 1:0.11 5:0.11
b:left_with 2:0.14
b:legroom_in 5:0.17
b:leisure_centre 5:-0.13
b:less_than 4:0.1 11:0.19
b:letter_explaining 13:-0.16
b:letters_were 2:-0.12
b:letting_agent 13:-0.2
b:library_was 3:0.12
b:like_a 1:0.16 3:-0.11 12:-0.12
b:like_being 8:-0.11
b:like_i 1:0.17
b:like_sleeping 5:0.17 12:0.12
b:like_that 1:0.13
b:like_we 6:0.14
b:liked_that 6:0.13 13:0.12
b:list_for 0:0.13 1:-0.12
b:listened_to 6:0.13 11:0.11
b:locum_gp 2:0.13 9:-0.12
b:lol_the 0:0.12
b:long_as 0:0.11 4:0.13
b:long_story 5:0.17
b:look_at 0:-0.25 12:0.16
b:look_like 6:0.14
b:look_on 5:0.14
b:look_up 1:0.13 8:-0.11
b:looked_like 5:0.17 12:0.1
b:looked_up 1:0.15 2:-0.1
b:looking_at 5:0.13
b:looks_brand 0:0.16 7:0.1
b:lot_for 11:0.13
b:lot_of 1:0.12
b:loudly_when 5:0.13
b:love_how 0:0.16
b:love_that 13:0.14
b:love_the 6:0.11
b:loved_the 1:-0.11 4:-0.11
b:lovely_and 1:0.22 8:-0.13
b:lovely_to 1:-0.19 3:0.15
b:lovely_with 1:0.1 2:0.14
b:loving_the 11:-0.24
b:made_a 0:-0.12
b:made_us 0:-0.1
b:main_dealer 5:-0.12
b:man_on 5:0.12
b:management_still 5:0.14
b:manager_who 0:-0.11
b:many_times 6:0.12
b:me_a 2:-0.12 9:0.15 13:0.19
b:me_about 2:0.18
b:me_an 1:-0.11
b:me_any 1:0.12
b:me_anything 0:0.15
b:me_at 2:0.1
b:me_back 0:-0.31 6:0.1
b:me_by 13:0.11
b:me_exactly 5:0.14 9:0.16
b:me_for 3:0.15
b:me_i 5:-0.13 9:-0.16
b:me_in 0:0.15
b:me_my 1:-0.25 2:0.27 4:-0.14 9:-0.14
b:me_our 6:0.11
b:me_out 5:-0.15 13:-0.1
b:me_photos 4:-0.12 6:0.13 13:0.1
b:me_posted 1:0.1
b:me_that 4:0.13
b:me_the 0:-0.11 1:-0.16 2:0.21
b:me_to 1:0.2 8:-0.14
b:me_what 9:-0.13
b:me_when 2:-0.14
b:me_why 0:0.18 6:0.11
b:me_with 5:0.25
b:me_within 1:0.11
b:meal_deal 12:0.11
b:meant_to 2:0.2
b:meat_counter 1:0.12
b:members_said 3:0.11
b:mention_the 6:0.11
b:mentioned_that 1:-0.12
b:mentioned_the 1:0.14 5:0.16
b:mins_and 5:-0.1 6:-0.1
b:mins_late 5:0.11 6:0.23
b:minutes_! 1:0.1
b:minutes_and 7:0.12
b:minutes_flat 1:0.11 5:0.15
b:minutes_over 1:0.1
b:minutes_to 2:0.18
b:missed_it 0:-0.13 2:0.22
b:moan_about 11:0.14
b:moan_that 5:0.13
b:moderator_note 0:0.11
b:moderator_summary 0:-0.11 1:-0.12 5:-0.12 13:0.11
b:monday_and 0:0.17 7:0.14
b:month_was 6:0.15
b:months_on 4:-0.11 5:0.12
b:more_for 3:-0.11
b:more_staff 5:0.1
b:more_than 1:-0.11 7:0.14 9:0.13 13:0.12
b:most_felt 6:0.11
b:most_of 5:-0.13 6:-0.1
b:moved_out 7:-0.12
b:much_better 3:-0.1 5:-0.15
b:music_is 0:0.12
b:muy_bien 5:0.15
b:my_account 6:0.15
b:my_back 2:0.1
b:my_bank 4:0.13
b:my_brakes 2:0.12
b:my_car 0:-0.11 5:-0.1
b:my_card 0:0.15 12:0.11
b:my_gp 7:-0.1 9:0.1
b:my_husband 1:0.25 8:-0.12
b:my_isa 2:0.13 9:-0.13
b:my_last 7:0.19 11:0.11
b:my_mum 1:0.12
b:my_name 2:-0.13
b:my_old 0:-0.23 2:0.2 6:-0.16
b:my_order 1:-0.1
b:my_own 12:0.14
b:my_parcel 5:0.11 6:0.12 12:-0.1
b:my_parking 0:0.11
b:my_phone 0:0.17 7:0.1
b:my_prescription 6:-0.11
b:my_sons 5:0.12
b:my_teeth 1:0.1
b:n_clean 1:0.17
b:name_and 6:0.1
b:need_it 10:-0.12
b:needed_without 5:0.11
b:needs_to 3:0.1
b:never_going 1:-0.13
b:never_got 0:-0.11 6:0.16 13:-0.11
b:never_once 0:-0.19 1:0.12
b:never_tells 2:0.12
b:new_app 5:0.11
b:new_bin 2:0.11
b:new_booking 5:-0.12
b:new_contractor 12:-0.11
b:new_exactly 5:-0.13
b:new_handset 2:0.18 9:0.16
b:new_one 6:0.12
b:new_phone 1:-0.18 5:-0.12 6:-0.11
b:new_signs 12:-0.11
b:new_starter 2:0.11
b:new_varifocals 5:0.1
b:new_vet 2:0.13
b:next_day 0:0.14 4:-0.14 7:-0.2
b:next_door 1:-0.15 5:0.16 12:-0.12
b:next_morning 0:0.16 7:0.24
b:next_time 2:0.11 9:0.1
b:next_week 10:-0.1
b:nice_if 10:-0.1
b:nice_of 6:0.22 13:-0.11
b:nice_work 5:-0.17
b:night_porter 8:0.1
b:nine_for 5:0.11
b:no_clue 1:-0.11
b:no_email 0:0.12
b:no_one 0:0.1 2:-0.11 6:0.13
b:nobody_ever 4:-0.15
b:nobody_had 2:0.11 5:0.11 6:0.13
b:nobody_has 5:0.11
b:nobody_in 12:0.11
b:nobody_told 0:0.13
b:nobody_updated 13:-0.13
b:none_of 2:0.12
b:not_a 4:-0.14 5:-0.12 10:0.13 12:0.11
b:not_any 2:0.12
b:not_cheap 5:0.26 11:-0.11 12:0.14
b:not_complaining 11:0.17
b:not_knowing 13:0.11
b:not_on 1:0.13
b:not_once 7:0.25
b:not_the 3:0.12 11:-0.11
b:not_to 1:0.1
b:note_on 13:0.11
b:nothing_about 9:-0.12
b:noticed_when 2:0.15
b:nurse_sat 1:0.11
b:of_a 1:0.28 4:-0.15 5:-0.16
b:of_complaints 0:0.12 5:0.13
b:of_course 5:0.14
b:of_house 1:0.1
b:of_it 1:0.12
b:of_me 1:0.15 8:-0.13
b:of_my 0:-0.15
b:of_order 5:0.18 12:-0.11
b:of_our 1:0.12
b:of_reading 1:-0.13
b:of_staff 8:-0.15
b:of_the 5:-0.24 6:0.18
b:of_them 1:0.21 2:-0.15 6:0.18 13:-0.12
b:of_town 7:-0.11
b:of_us 1:-0.12
b:of_£ 0:0.17 6:0.14
b:off_and 2:0.11
b:off_at 0:0.13 5:-0.12
b:off_for 0:-0.17
b:off_the 3:0.12 4:0.11 5:0.24 7:-0.1 10:0.19 11:0.13 12:-0.16
b:oh_brilliant 6:-0.12 12:-0.11
b:oh_wait 6:0.12
b:ok_for 2:0.19 3:-0.13
b:older_customers 1:0.16
b:on_a 0:0.49 2:-0.23 5:0.27 6:-0.2 7:-0.16 8:0.12 12:0.26
b:on_and 4:-0.13 5:0.11 12:0.12
b:on_first 0:0.13
b:on_his 1:0.13 8:-0.16
b:on_hold 0:0.22 7:-0.19
b:on_it 5:0.15
b:on_monday 0:0.27 5:-0.19 7:-0.23
b:on_my 0:0.18 5:0.17 6:0.13 7:0.18 9:0.1 12:0.18
b:on_saturdays 6:0.13 7:-0.1
b:on_sundays 0:-0.11
b:on_that 3:0.15 10:0.21
b:on_the 1:0.38 5:-0.34 6:0.17 7:0.32 9:-0.15 10:-0.13 11:0.15 12:0.21
b:on_their 13:-0.11
b:on_them 5:0.12
b:on_thursday 7:-0.2
b:on_time 0:0.17 5:0.12 6:0.15 7:0.2
b:on_top 6:0.16
b:on_tuesday 0:-0.19
b:on_two 2:0.1
b:on_who 2:0.12
b:once_a 2:0.11 3:0.13 10:-0.2
b:once_had 13:0.11
b:once_in 7:0.19
b:one_because 4:-0.11 6:0.11
b:one_bit 3:-0.1
b:one_could 0:0.1 2:-0.12
b:one_day 0:-0.14
b:one_lady 9:-0.11
b:one_look 0:-0.1
b:one_of 1:0.14 2:-0.13
b:one_page 6:0.13
b:one_participant 0:0.14 6:-0.14
b:one_participants 0:0.1
b:one_person 0:0.19
b:one_who 4:-0.1
b:one_without 0:0.11
b:online_and 11:-0.16
b:only_3 0:0.16 7:-0.16
b:only_found 4:0.11
b:only_gripe 3:0.14 4:0.1
b:only_noticed 2:0.12
b:only_one 4:-0.16
b:only_took 0:0.15
b:only_£ 11:-0.19
b:opening_hours 3:-0.11
b:option_and 5:0.14
b:order_again 5:0.15
b:order_for 0:0.12
b:order_sign 5:0.14
b:ordered_at 0:0.18 7:0.1
b:ordered_the 12:-0.1
b:other_garages 5:-0.13
b:other_peoples 1:-0.15 3:0.18
b:other_places 5:0.1
b:our_new 2:0.11
b:our_old 1:0.11
b:our_road 0:0.17
b:our_room 5:0.17 12:-0.12
b:our_table 10:-0.11
b:our_waiter 5:0.11
b:our_wedding 0:-0.11
b:out_about 6:0.11 13:-0.1
b:out_for 2:0.11
b:out_in 0:0.19 5:-0.18 7:0.21
b:out_my 6:0.23
b:out_of 0:-0.13 4:0.14 8:0.13 12:-0.24
b:out_that 11:-0.19
b:out_the 0:0.2 2:0.12 9:-0.14 12:0.1
b:out_there 5:0.11
b:out_within 5:0.11
b:over_and 5:0.15
b:over_the 3:0.15 9:0.15 11:0.1
b:over_two 6:0.16
b:overdraft_fees 4:0.14
b:p_a 4:0.1
b:packed_up 0:-0.1
b:paid_extra 4:-0.1
b:paid_for 2:0.11 9:0.11
b:paid_£ 0:0.26
b:paint_was 2:0.17 3:-0.13
b:park_at 4:0.14
b:parking_at 11:-0.13
b:participant_said 11:-0.13 12:-0.11
b:participants_felt 0:-0.16
b:participants_had 0:0.1
b:participants_liked 6:0.1
b:participants_mentioned 1:-0.12
b:participants_said 5:-0.11 13:-0.14
b:participants_valued 0:-0.1
b:past_the 6:-0.1
b:pasty_was 3:-0.15 5:0.18 12:-0.16
b:patch_on 3:0.14
b:patient_with 5:-0.12
b:patients_are 0:0.14 6:-0.13 7:0.14
b:pay_a 6:0.1 11:0.11
b:pay_for 5:0.13
b:pay_in 5:0.1
b:people_are 4:-0.1
b:people_described 1:0.13
b:people_have 2:-0.1
b:people_mentioned 1:0.11
b:people_said 6:0.11
b:people_to 2:0.14
b:person_said 6:-0.12
b:pet_shop 1:-0.12 2:0.1
b:pharmacist_didnt 5:0.12
b:pharmacist_sorted 2:0.14
b:pharmacy_counter 0:0.14
b:phone_call 6:0.18 8:-0.14
b:phone_menu 6:0.11
b:phone_screen 0:0.16 7:0.1
b:phone_shop 2:0.17
b:phone_system 6:-0.13
b:phone_was 8:0.12
b:phoned_the 6:-0.12
b:photos_and 2:0.22 5:0.23 9:0.14 12:0.12
b:photos_of 4:-0.12 6:0.15 13:0.12
b:picked_it 5:0.12
b:picked_up 2:0.12 6:-0.12
b:pint_in 5:0.1
b:place_was 11:0.11
b:plain_english 13:0.15
b:play_to 11:0.1
b:pointing_out 11:-0.19
b:polite_and 5:0.1
b:post_office 0:0.13 6:-0.11
b:praised_as 12:0.1
b:praised_for 3:0.1
b:price_changes 6:0.15
b:price_rise 6:0.14
b:price_was 5:0.11
b:prices_are 4:0.11
b:prices_were 1:0.1
b:private_clinic 2:0.12
b:promised_a 0:-0.17
b:promised_and 2:0.13
b:properly_and 1:0.15
b:put_the 2:0.17 9:-0.12
b:queue_at 0:0.13 5:0.13 6:0.15
b:queuing_at 6:-0.15
b:quick_and 1:0.12
b:quick_look 0:-0.17 12:0.13
b:quick_to 4:-0.14
b:quid_for 5:0.11 12:-0.14
b:rang_about 0:0.12
b:rang_at 13:0.1
b:rang_i 4:0.11
b:rang_me 6:0.16 13:0.13
b:rang_the 1:0.15 12:-0.1
b:rang_to 5:-0.15
b:rather_than 5:-0.12
b:rave_about 5:0.18
b:read_out 6:0.11
b:read_the 1:0.15 2:0.14 9:-0.12
b:reading_off 1:-0.13
b:ready_by 2:0.12
b:ready_when 0:0.18
b:really_appreciated 6:0.25 13:-0.23
b:really_impressed 7:0.1
b:really_knew 5:-0.11
b:really_know 2:0.11
b:really_reassuring 2:0.19
b:reason_they 1:0.13
b:reassuring_when 2:0.18
b:reception_staff 8:-0.2
b:receptionist_at 13:-0.1
b:receptionist_told 0:-0.13 2:0.24 9:-0.14
b:receptionist_was 1:0.19 8:-0.13
b:recommended_a 2:0.17 5:0.2
b:remaining_branch 5:0.11
b:replacement_out 0:0.17
b:reported_a 0:0.15
b:reserved_a 6:0.11
b:results_in 2:0.11
b:reviews_saying 3:0.11 10:-0.12
b:ring_me 6:0.1
b:ring_up 4:-0.12
b:ring_you 0:-0.11 6:0.17
b:rip_off 4:0.12 11:-0.14
b:road_again 5:0.18 12:-0.16
b:rolled_her 6:-0.1
b:rong_with 5:-0.12
b:room_and 6:0.14
b:room_floor 3:0.11
b:room_hasnt 2:0.13
b:room_immaculate 5:0.14 12:0.14
b:room_is 5:-0.13
b:room_rate 6:0.1
b:room_was 0:0.16 3:0.11 12:-0.12
b:rooms_are 0:0.14
b:rooms_smell 3:0.19 10:-0.12
b:round_here 5:0.11 11:0.13
b:round_the 1:0.11 7:0.15
b:rude_to 7:-0.11
b:said_a 0:0.1
b:said_he 0:0.12
b:said_hed 5:0.15 7:0.11
b:said_i 6:-0.12
b:said_it 5:0.1
b:said_my 2:0.16 6:-0.16
b:said_no 2:0.15 6:-0.13
b:said_thats 5:0.13
b:said_the 2:0.24 3:0.18 4:0.25 6:0.12 12:-0.13
b:said_their 12:-0.13
b:said_they 0:-0.15 4:-0.22 5:-0.1 12:0.13
b:said_to 5:0.12 6:0.1
b:said_yes 2:0.14
b:sales_assistant 5:0.15
b:same_day 0:0.13
b:sat_in 6:0.11
b:sat_on 1:0.1
b:saved_me 2:0.34 9:0.23
b:saw_me 1:0.12
b:saw_the 2:0.14
b:say_its 5:0.14 12:-0.11
b:say_our 5:0.11
b:say_so 5:0.13 12:0.11
b:say_the 0:0.11 5:-0.15
b:saying_the 10:-0.11
b:scale_and 0:-0.11
b:school_office 1:0.1
b:scone_was 5:0.2 12:-0.17
b:security_guard 1:0.13
b:see_the 10:-0.14
b:seem_to 2:0.11 9:-0.11
b:seen_a 1:0.13
b:seen_within 7:0.11
b:sehr_freundlich 0:0.16
b:self_checkouts 0:0.11
b:sell_me 0:-0.16 1:-0.18
b:sent_me 6:0.16
b:service_and 2:0.14
b:service_at 4:0.14
b:service_fee 4:0.13
b:serving_me 8:-0.14
b:several_felt 5:0.12
b:several_had 5:-0.11
b:several_participants 7:0.12
b:several_people 5:0.1
b:several_said 0:0.12
b:shame_the 11:0.13
b:she_drew 2:0.1
b:she_had 0:0.19
b:she_knew 5:0.13
b:she_was 5:0.14
b:shop_didnt 2:0.12
b:shop_here 1:0.13
b:shop_knew 1:-0.12
b:short_with 1:0.13 5:-0.14
b:shouldnt_be 7:0.1
b:showed_me 4:-0.1 6:0.11 9:0.11
b:showed_us 0:-0.15 1:0.13
b:showers_are 2:0.15
b:sighed_loudly 5:0.13
b:simp_tico 5:0.14
b:since_it 6:0.14
b:since_the 5:0.1 6:-0.11 7:0.1 13:0.13
b:since_they 2:0.15 4:0.14 5:-0.11 11:0.12
b:since_tuesday 6:0.1 13:-0.13
b:since_we 2:-0.12 3:0.14 7:0.17 10:0.27 13:0.13
b:six_minutes 0:-0.14 1:0.16
b:six_weeks 5:0.12
b:size_of 2:0.11
b:skirting_boards 11:-0.15
b:sleeping_on 5:0.17 12:0.12
b:so_every 5:0.22
b:so_glad 4:-0.11
b:so_half 0:-0.1
b:so_i 0:-0.11 1:-0.19
b:so_ill 8:0.13
b:so_im 9:0.12
b:so_much 6:0.2 13:-0.11
b:so_patient 1:0.11
b:so_we 2:0.19 6:0.16 7:-0.12
b:so_were 3:0.1
b:someone_elses 2:0.12 3:0.2
b:someone_needs 3:0.1
b:sorted_it 2:0.17
b:sorted_my 0:0.23 5:0.11 7:0.14
b:speck_of 10:0.11
b:spent_ages 1:0.1
b:spin_bikes 5:0.11
b:spoke_to 0:0.12 1:0.14 8:0.11
b:spoken_to 0:-0.12 1:0.17
b:spot_on 0:-0.13
b:staf_were 1:0.1
b:staff_are 1:0.21 8:0.16 12:-0.11
b:staff_as 1:0.14 5:-0.17 8:-0.11
b:staff_at 1:-0.11
b:staff_canteen 5:-0.13
b:staff_know 9:0.12
b:staff_lovely 8:0.13
b:staff_super 5:0.14
b:staff_were 13:-0.11
b:stain_on 5:0.16
b:stars_for 5:0.17 12:0.12
b:start_and 5:0.14
b:start_to 0:0.12
b:started_sending 3:0.12
b:starter_on 2:0.11
b:steering_wheel 3:0.19 5:-0.12
b:step_by 6:0.1
b:sticky_floor 4:-0.1
b:still_cant 2:0.12
b:still_had 3:0.16
b:still_there 0:0.2 7:-0.11
b:still_wont 5:0.18 9:-0.11
b:stood_there 0:0.1 5:-0.12
b:stopped_using 2:0.18 5:-0.11
b:story_short 5:0.17
b:straight_away 5:0.12 7:0.12
b:stuck_on 0:-0.11
b:stuck_to 10:-0.28
b:such_a 1:0.16
b:surgery_on 3:0.19 10:0.21
b:swept_up 3:0.12 5:-0.11
b:ta_! 3:0.14 10:0.34
b:table_and 8:0.11
b:table_still 3:0.16
b:tables_wiped 10:0.13
b:take_a 1:0.1
b:takeaway_i 4:0.13
b:taking_three 7:-0.11
b:talked_to 1:0.23
b:tbh_the 5:0.18 12:-0.15
b:tea_was 5:0.16 12:-0.15
b:team_still 2:0.14
b:teeth_and 1:0.14
b:tell_customers 6:-0.12
b:tell_me 1:-0.12 4:-0.12 6:0.21
b:tell_them 2:0.12 6:0.13
b:tell_us 1:-0.14 6:0.25
b:tell_you 5:-0.16 6:-0.11 9:0.1
b:telling_me 2:-0.11 5:0.25
b:telling_us 5:-0.11
b:tells_us 2:0.12
b:tells_you 6:0.13
b:ten_minutes 0:0.2 1:-0.13 7:0.38
b:tenner_for 11:0.36
b:test_results 2:0.13
b:text_at 6:0.1
b:text_saying 13:-0.12
b:text_the 6:0.1
b:text_when 6:-0.11
b:than_at 4:0.13
b:than_he 5:0.13 7:-0.11
b:than_my 3:0.12 10:0.12
b:than_the 1:0.15 4:0.2 8:-0.11 9:0.14
b:than_us 5:0.16 12:0.1
b:thank_us 1:0.12
b:thank_you 1:-0.19
b:thanks_for 13:-0.16
b:thanks_so 6:0.11
b:thanks_to 2:0.12
b:that_a 7:0.11
b:that_at 1:0.1
b:that_before 0:-0.11 6:0.12
b:that_had 2:0.12
b:that_haircut 5:0.15
b:that_my 2:0.1 9:0.12
b:that_parking 6:0.12
b:that_the 3:0.12 5:0.18 13:0.13
b:that_they 12:-0.2
b:that_took 5:-0.12
b:that_was 0:-0.41 1:0.21 5:-0.31
b:thats_been 5:0.11
b:the_advice 2:0.16
b:the_advisers 2:0.14
b:the_ambulance 1:0.11
b:the_angry 13:0.14
b:the_app 1:-0.12 5:0.25
b:the_appointment 13:-0.12
b:the_assistant 1:0.16
b:the_back 3:-0.16
b:the_bag 5:-0.11
b:the_bakery 1:0.11
b:the_band 1:-0.17
b:the_bank 4:-0.11
b:the_banks 5:0.12 6:-0.12
b:the_bar 1:0.17 2:-0.12
b:the_bath 10:-0.19
b:the_bathroom 5:-0.13
b:the_battery 12:0.13
b:the_best 3:-0.13 4:0.16 12:0.18
b:the_big 2:0.17 6:-0.1 11:0.14
b:the_bill 1:0.26 4:0.31 5:0.23 13:0.17
b:the_bin 5:0.22 13:-0.14
b:the_bins 0:0.15 3:0.13 5:0.11
b:the_bloke 0:-0.1 1:0.23
b:the_booking 6:0.12
b:the_branch 1:0.11 5:-0.11 7:0.14 9:-0.15 13:-0.12
b:the_builders 11:0.13
b:the_building 4:0.13
b:the_burgers 10:-0.13
b:the_cable 5:0.22 12:-0.12
b:the_caf 1:-0.1 5:0.12
b:the_cake 5:0.18
b:the_call 0:0.22 5:-0.14 6:0.12 13:-0.1
b:the_car 0:0.27 1:0.12 2:-0.15 7:-0.16 12:-0.19
b:the_cat 5:0.13 12:0.12
b:the_changing 3:0.11 5:0.11 11:0.1 12:0.11
b:the_chap 0:0.13
b:the_chat 6:0.12 13:-0.13
b:the_cheap 11:0.1
b:the_cheaper 2:0.1
b:the_checkout 6:0.13
b:the_chef 10:-0.15
b:the_chemist 1:-0.1
b:the_childrens 3:0.14
b:the_chips 5:0.15 12:-0.2
b:the_christmas 1:-0.11
b:the_cleaners 2:0.14 5:-0.13
b:the_cleaning 10:0.23
b:the_colour 2:0.13 9:0.11
b:the_company 6:0.12 8:0.11
b:the_complaints 13:0.11
b:the_consensus 12:-0.13
b:the_consulting 3:0.13
b:the_contract 1:0.1
b:the_contractors 5:0.11
b:the_corner 2:-0.11
b:the_council 0:0.19 2:0.1 4:-0.14
b:the_councils 2:-0.11 6:0.12 13:-0.15
b:the_counter 1:0.1
b:the_courier 0:0.19 6:0.18 7:0.13
b:the_couriers 5:0.11
b:the_crew 12:-0.11
b:the_customer 4:0.13 5:0.13 10:-0.12
b:the_customers 2:0.11
b:the_cutlery 1:0.16
b:the_damage 4:-0.11 6:0.16 8:0.11
b:the_date 13:0.11
b:the_day 0:-0.14 5:-0.12 13:0.13
b:the_delivery 6:0.11
b:the_depot 7:-0.12
b:the_desk 1:0.1 3:0.16 4:0.14
b:the_difference 4:0.13
b:the_doctor 6:0.23 13:-0.15
b:the_dog 3:0.19
b:the_door 0:0.26
b:the_doors 7:-0.15
b:the_drive 3:0.11
b:the_driver 0:0.2 6:0.26
b:the_drivers 3:0.18 5:-0.16 6:0.11
b:the_driving 6:-0.11
b:the_dry 5:0.26 12:0.13
b:the_eggs 8:0.12
b:the_electrician 5:-0.12
b:the_emergency 7:-0.2
b:the_engine 2:0.12
b:the_engineers 3:-0.11
b:the_equipment 0:0.1
b:the_estate 1:0.1
b:the_express 0:0.29 7:-0.19
b:the_extra 4:0.13
b:the_first 5:0.16 6:0.16
b:the_fish 5:0.16
b:the_floor 0:0.11 3:0.18 11:0.15
b:the_following 0:0.29 7:-0.16
b:the_food 4:-0.13 5:0.21 6:-0.12 12:0.26
b:the_form 1:0.15 8:-0.1
b:the_fridge 12:0.14
b:the_front 5:0.24
b:the_gate 8:-0.1
b:the_girl 5:0.11
b:the_group 1:-0.16 12:0.2
b:the_guy 2:0.18
b:the_gyms 2:0.11
b:the_hake 5:0.13 9:0.13
b:the_hallway 3:0.11
b:the_headphones 12:0.12
b:the_hold 0:0.12
b:the_hospital 4:0.14 11:-0.18
b:the_hotel 3:0.1
b:the_installation 5:0.12
b:the_instructors 3:0.1
b:the_invoice 4:0.15
b:the_job 1:-0.11 5:-0.11
b:the_kitchen 5:0.16 7:-0.14
b:the_lad 2:0.15 5:0.16 8:-0.16 9:-0.13 12:-0.16
b:the_lamb 5:0.17
b:the_laptop 6:-0.12 9:-0.11
b:the_last 10:-0.13
b:the_late 4:0.17 11:0.12
b:the_leaflet 2:0.14
b:the_leak 7:-0.21
b:the_lessons 5:0.11
b:the_letter 6:0.19
b:the_letting 13:-0.2
b:the_librarian 2:0.12
b:the_library 0:-0.13 3:0.11
b:the_little 1:0.11 4:0.16
b:the_local 5:0.12
b:the_locum 2:0.11
b:the_lowest 0:0.14
b:the_main 0:0.11 1:0.1 2:-0.12
b:the_man 1:0.14 5:0.29 6:-0.11
b:the_manager 1:0.16 2:-0.15 5:-0.11
b:the_meat 1:0.12
b:the_mechanic 2:0.22
b:the_middle 5:0.23
b:the_monday 0:0.13 7:0.14 12:0.15
b:the_new 2:0.14 3:-0.17 6:-0.16 7:0.1 9:-0.17 11:-0.13 12:0.2 13:0.2
b:the_next 0:0.25 7:0.26
b:the_nurse 1:0.11
b:the_odds 11:0.11
b:the_one 0:0.14 3:0.19 5:-0.15 9:0.11
b:the_only 4:-0.16 6:0.21
b:the_optician 2:0.2 9:0.11
b:the_opticians 1:-0.23 13:0.11
b:the_other 7:0.11
b:the_overdraft 4:0.14
b:the_owner 4:0.14 5:0.14
b:the_paint 2:0.18 3:-0.14
b:the_parcel 1:0.11
b:the_pet 1:-0.12 2:0.11
b:the_pharmacist 0:-0.12 2:0.24 9:0.37
b:the_pharmacy 0:0.16 6:-0.12
b:the_phone 1:0.21 2:0.23 3:-0.11 4:-0.11 5:-0.29 9:-0.19
b:the_phones 2:0.18 6:-0.13
b:the_physio 5:0.3 6:0.14 12:0.22
b:the_place 5:0.12 7:-0.17
b:the_pool 3:0.1 6:0.22 12:-0.1 13:-0.1
b:the_post 0:0.16
b:the_practice 4:0.16
b:the_price 0:-0.12 1:-0.12 4:0.21 11:0.2 13:-0.13
b:the_prices 4:0.15
b:the_privilege 11:-0.11
b:the_queue 0:0.32 5:-0.11 7:-0.16
b:the_queues 0:0.1
b:the_quick 0:0.18
b:the_quiet 3:-0.1
b:the_rain 5:0.12
b:the_rash 2:0.14
b:the_reason 1:0.13
b:the_receptionist 1:0.32 2:-0.13 8:-0.11
b:the_refund 13:0.11
b:the_removal 6:0.13 8:0.11
b:the_repair 6:0.18 13:0.12
b:the_right 0:0.11 2:0.15 9:0.13
b:the_road 1:-0.16
b:the_roof 4:-0.11 9:0.1
b:the_room 1:0.18
b:the_rooms 3:0.15
b:the_router 2:0.19
b:the_sale 5:0.15
b:the_same 6:0.21 10:-0.14 13:-0.16
b:the_sandwiches 4:0.14
b:the_screen 5:0.15
b:the_service 5:0.1
b:the_shelves 0:-0.11
b:the_shoes 5:0.14 12:-0.11
b:the_shop 0:-0.15
b:the_showers 2:0.12
b:the_side 5:0.11
b:the_sink 11:-0.11
b:the_skirting 11:-0.15
b:the_sourdough 1:0.11
b:the_spa 4:0.11 5:0.11
b:the_specialist 0:0.11
b:the_staff 1:0.2 5:-0.22 6:-0.15 8:0.14
b:the_steering 3:0.19 5:-0.12
b:the_supermarket 1:0.14
b:the_supervisor 1:0.12
b:the_surgery 2:0.12 5:-0.12 9:0.11
b:the_system 1:-0.16
b:the_takeaway 5:-0.14
b:the_tea 5:-0.14
b:the_team 2:0.12
b:the_three 0:0.11
b:the_ticket 1:0.12
b:the_tills 1:0.15
b:the_time 0:0.15 5:-0.13 6:-0.19
b:the_toilets 3:0.15
b:the_train 6:0.14 11:-0.23
b:the_training 2:0.12 6:-0.12
b:the_treadmills 5:0.14
b:the_truth 5:0.11
b:the_tyre 2:0.23
b:the_van 0:0.17 7:0.11
b:the_vegetarian 2:0.12
b:the_vet 0:-0.11 1:0.14 2:0.13
b:the_vets 1:0.12
b:the_view 3:-0.11
b:the_wait 0:0.38 1:-0.1 4:-0.1 5:0.17 7:-0.17 12:0.13
b:the_waiter 5:0.15 12:-0.16
b:the_waiting 0:-0.22 1:-0.11 2:0.17 3:0.2 9:0.14
b:the_warranty 0:-0.12 2:0.17
b:the_water 0:-0.12
b:the_way 1:0.18 6:0.12 13:0.15
b:the_website 13:-0.21
b:the_whole 2:0.15 5:-0.24
b:the_woman 1:0.25
b:the_work 5:0.16
b:the_worn 6:0.1
b:the_wrong 0:-0.11 2:0.33 5:-0.11 9:-0.31
b:the_£ 4:0.37 6:0.25 11:-0.23
b:their_conversation 8:-0.13
b:their_repair 13:-0.11
b:their_stuff 2:0.11 9:0.12
b:them_at 5:0.19 12:-0.11
b:them_back 3:0.12
b:them_on 7:-0.1
b:them_to 6:0.27
b:them_when 13:0.1
b:there_and 1:0.11 6:-0.11
b:there_like 5:-0.1
b:there_the 0:0.14
b:there_was 3:0.12 6:-0.11
b:there_were 10:-0.1
b:theres_only 5:0.12
b:they_could 6:-0.11
b:they_cut 2:0.17
b:they_didnt 1:0.14 5:-0.15
b:they_do 0:0.11
b:they_emailed 6:0.14 13:0.14
b:they_fitted 5:0.14
b:they_get 6:-0.11
b:they_had 0:0.15 2:-0.1 3:0.13 6:0.13 10:0.15 12:0.1
b:they_promised 5:0.13
b:they_said 0:0.27
b:they_say 2:0.16
b:they_see 4:0.11
b:they_sent 6:0.13
b:they_still 1:0.12
b:they_were 5:0.17 9:-0.15 10:-0.13 12:0.1
b:they_would 0:-0.13 4:-0.15
b:theyre_the 1:0.12
b:theyve_been 5:-0.11
b:think_ive 4:0.14 11:0.11
b:this_lot 7:0.15
b:this_month 6:0.15
b:those_who 0:0.18 5:0.14
b:though_i 0:0.11
b:though_the 5:-0.14
b:three_courses 5:0.12
b:three_days 4:0.13
b:three_different 6:0.12
b:three_emails 13:-0.12
b:three_quotes 4:-0.11
b:three_visits 7:0.25
b:three_weeks 1:-0.12 5:0.2 12:-0.17
b:three_winters 5:0.11
b:three_years 2:0.11
b:through_resetting 2:0.1
b:through_the 6:0.14
b:ticket_number 0:0.17 7:-0.13
b:tills_are 1:0.11
b:time_and 9:0.11
b:time_i 0:0.13 7:-0.15
b:time_in 5:0.27 12:0.14
b:time_the 5:0.11
b:time_they 6:-0.11
b:time_to 6:0.11
b:times_and 9:-0.13
b:times_over 6:0.16
b:to_a 1:-0.13 5:0.16 6:0.16 13:-0.1
b:to_answer 2:0.12
b:to_as 0:0.12 1:0.14
b:to_ask 0:-0.17 4:-0.12 6:-0.2 8:-0.1 9:-0.26
b:to_be 3:0.2 4:0.2 5:0.18 6:-0.1
b:to_bring 6:0.13
b:to_call 0:-0.19
b:to_chase 6:0.11 13:0.12
b:to_check 6:0.1 13:0.11
b:to_complain 3:0.11 6:-0.11
b:to_do 2:0.13
b:to_everyone 1:-0.13
b:to_explain 1:-0.21 2:0.11 6:0.31
b:to_find 5:0.15 6:0.18
b:to_fix 7:0.13
b:to_get 2:0.12 6:0.12 7:-0.19 11:-0.23
b:to_go 0:0.11 7:-0.12 11:0.13
b:to_her 2:0.13
b:to_know 2:0.11 9:-0.15
b:to_look 2:-0.14
b:to_manchester 11:-0.25
b:to_me 0:0.11 6:0.17 9:-0.14
b:to_my 0:-0.14 1:0.26
b:to_our 12:-0.12
b:to_park 0:-0.16 4:0.15
b:to_pay 11:0.16
b:to_read 1:0.2 2:-0.11 6:0.16
b:to_say 0:0.14 2:-0.15
b:to_see 10:-0.14
b:to_sell 0:-0.1 1:-0.15 2:0.14 6:-0.11
b:to_take 0:0.19 2:0.15 3:-0.12
b:to_tell 1:-0.11 2:0.15 6:0.2
b:to_the 0:0.14 1:0.19 5:-0.13 6:-0.14 7:-0.2 9:0.14 10:-0.12
b:to_their 0:0.1 8:-0.13
b:to_them 7:-0.12 11:0.15
b:to_three 13:-0.15
b:to_upsell 1:0.15
b:to_us 6:-0.33
b:to_watch 6:0.11
b:to_wipe 3:0.13
b:to_work 2:0.15
b:to_£ 6:0.12
b:toilets_have 10:0.17
b:told_me 1:-0.12 2:0.31 3:-0.13 4:-0.29 6:-0.21 13:-0.11
b:told_the 2:-0.1 6:0.11 10:-0.1
b:told_three 6:0.14
b:told_us 0:-0.17 2:0.17
b:told_yes 6:-0.1
b:too_bad 7:0.1
b:took_a 0:0.15 4:-0.13
b:took_four 0:0.12 5:0.11
b:took_my 6:0.13 8:0.13
b:took_one 0:-0.1
b:took_ten 5:-0.11
b:took_the 4:0.1
b:took_two 1:0.13
b:top_of 6:0.16
b:town_and 5:0.12
b:tr_s 4:0.16 5:0.18 11:-0.11
b:train_was 6:0.12
b:treadmills_have 5:0.12
b:tried_the 5:0.15 12:-0.12
b:tried_to 2:0.11
b:trim_and 5:0.17
b:try_to 1:0.11 8:0.11
b:trying_to 1:0.12
b:tuesday_and 6:0.11 13:-0.14
b:turn_up 0:-0.12 5:0.13
b:turned_out 0:-0.12
b:turned_up 0:0.42 6:0.23
b:tv_was 0:-0.12
b:twenty_minutes 0:0.21 2:0.13 6:0.1
b:twice_as 11:-0.11
b:twice_before 1:-0.11 3:0.11
b:twice_for 0:-0.19
b:two_days 4:-0.15 5:0.22 7:0.2 13:0.13
b:two_different 2:0.17 9:-0.1
b:two_hours 6:0.2
b:two_of 0:0.13
b:two_participants 4:-0.11 6:0.1
b:two_weeks 0:0.1
b:tyres_done 5:-0.1
b:under_the 5:0.12
b:until_i 12:-0.14
b:up_after 3:0.14 12:0.1
b:up_and 0:-0.12
b:up_at 0:0.12 1:0.12 5:0.1 6:0.12 7:-0.11
b:up_front 5:0.12
b:up_in 3:0.1 6:0.1 10:0.13
b:up_my 5:-0.13
b:up_on 5:0.2
b:up_the 3:0.11 4:-0.15
b:up_to 7:0.12
b:up_within 2:0.13 5:-0.12
b:update_on 0:-0.11
b:updated_them 13:-0.13
b:upgrade_and 5:0.11 12:-0.11
b:us_a 1:0.19 5:0.11 8:0.13 12:-0.15
b:us_about 11:-0.11
b:us_all 1:0.11
b:us_are 0:-0.11
b:us_asking 5:0.12 8:0.1
b:us_either 2:0.14
b:us_feel 0:-0.12
b:us_for 1:0.12
b:us_in 7:-0.21
b:us_round 0:-0.15 1:0.13
b:us_still 6:0.11
b:us_the 6:0.13
b:us_through 2:0.11
b:use_the 5:-0.17
b:used_to 0:0.11
b:usual_place 11:0.1
b:vet_didnt 1:-0.12
b:vet_nurse 2:0.12 10:0.11
b:vivaldi_on 0:0.12
b:wait_for 4:-0.11 5:-0.11
b:wait_in 0:-0.13
b:wait_was 0:0.1
b:waited_for 1:0.11 5:0.12
b:waiter_was 1:0.17
b:waiting_area 3:0.12 5:0.11
b:waiting_for 0:0.13 5:-0.13
b:waiting_list 1:-0.13 7:-0.1
b:waiting_room 3:0.11 5:-0.16
b:walk_out 0:0.14
b:want_to 0:0.16
b:warm_too 5:0.16
b:was_a 0:0.12 1:0.12 3:0.11 4:0.16 12:0.16 13:-0.11
b:was_back 5:0.15
b:was_cancelled 6:0.12
b:was_cold 1:0.13
b:was_doing 5:0.12
b:was_easy 5:0.13
b:was_expecting 1:0.11
b:was_filthy 3:0.14
b:was_fine 1:-0.23 4:-0.11 6:-0.1
b:was_freehold 2:0.11
b:was_full 0:-0.15
b:was_given 2:0.14
b:was_immaculate 10:0.1
b:was_just 2:0.12
b:was_lovely 1:0.23 8:0.21
b:was_missing 1:-0.15
b:was_nice 0:0.16 4:-0.15
b:was_nothing 6:-0.12
b:was_ok 2:0.11 3:-0.15
b:was_on 0:-0.11 5:0.1
b:was_out 0:-0.13 4:0.1 9:0.11
b:was_over 0:-0.14
b:was_praised 3:0.1
b:was_promised 0:0.1
b:was_proper 5:0.14 12:0.15
b:was_quick 1:0.14
b:was_ready 5:0.16 6:0.16
b:was_rong 5:-0.12
b:was_sat 6:0.11
b:was_so 1:0.17 2:-0.11 5:-0.1 13:0.17
b:was_some 8:-0.15
b:was_sound 5:0.11
b:was_spoken 1:0.14
b:was_spot 0:-0.12
b:was_spotless 3:0.17 10:0.12
b:was_supposedly 1:0.12
b:was_the 0:0.12 6:0.19 7:0.14 12:0.1
b:was_to 6:0.11
b:was_told 3:-0.11 7:-0.17
b:was_two 5:0.11
b:was_wrong 2:0.1
b:was_£ 4:0.14
b:washing_machine 0:-0.11
b:wasnt_rude 5:-0.13
b:wasnt_too 7:0.1
b:way_the 1:0.15
b:way_to 8:0.12
b:we_booked 5:0.1
b:we_brought 10:0.18
b:we_can 6:0.13
b:we_cant 5:0.12
b:we_charge 4:0.12
b:we_dont 6:0.18
b:we_got 7:0.14
b:we_had 0:-0.17 1:0.11
b:we_look 6:0.13
b:we_started 3:0.15
b:we_waited 1:0.13
b:we_went 0:0.16 6:-0.12
b:we_were 0:0.19 6:0.12
b:website_says 13:-0.11
b:week_after 0:0.12
b:week_of 0:0.14
b:weeks_later 0:0.13 1:-0.1
b:weeks_to 6:0.1
b:well_be 1:-0.14
b:went_back 6:-0.12
b:went_in 6:0.11 11:0.12 12:-0.15
b:went_live 6:0.12
b:went_off 4:-0.1
b:went_out 8:0.15
b:went_perfectly 5:0.11
b:went_round 6:-0.14
b:went_through 13:0.13
b:went_to 0:0.17 6:-0.19 13:-0.24
b:went_up 4:-0.22 6:0.14
b:went_with 4:-0.11
b:were_a 1:0.12
b:were_all 1:-0.15
b:were_cleaner 10:0.11
b:were_described 5:0.11 7:-0.12 8:0.1
b:were_eye 1:0.1
b:were_fine 2:0.16
b:were_like 10:-0.1
b:were_mixed 12:0.13
b:were_on 0:0.21
b:were_polite 2:0.11
b:were_praised 11:0.1
b:were_rubbery 8:0.12
b:were_said 0:-0.13 5:0.13
b:were_still 0:0.12 3:-0.14 5:0.22 11:0.12
b:were_the 4:0.2
b:were_told 6:0.18
b:were_worth 3:-0.1
b:weve_had 2:-0.13
b:what_a 4:0.11 11:-0.2 12:-0.4
b:what_an 1:-0.14 9:-0.2
b:what_he 7:0.11
b:what_i 0:-0.13 5:0.11
b:what_it 4:0.1 5:-0.1 11:-0.11
b:what_the 11:0.12 12:0.11
b:what_they 5:0.14 11:0.15
b:what_to 13:0.14
b:what_was 5:-0.21 6:0.2
b:what_would 13:0.11
b:what_you 5:0.13
b:what_youd 1:-0.11 5:-0.14
b:whats_going 6:0.16
b:when_a 5:-0.11
b:when_customers 6:0.15
b:when_he 5:0.22
b:when_i 0:0.24 1:0.45 4:0.11 5:0.17 6:-0.18 8:-0.15 12:-0.22
b:when_it 4:0.13 13:-0.16
b:when_its 0:-0.17
b:when_my 5:0.28
b:when_the 1:-0.13 2:0.19 5:-0.11 11:-0.12
b:when_their 6:0.16
b:when_they 6:-0.12 13:-0.13
b:when_we 1:0.1 13:-0.11
b:where_anything 9:-0.11
b:where_else 11:0.15
b:whether_i 2:0.13
b:whether_the 0:-0.17 1:-0.14 2:0.14 5:-0.17 9:-0.11 13:-0.13
b:which_is 6:0.18 11:0.11 13:-0.12
b:which_made 1:-0.16
b:which_was 5:-0.13
b:while_i 5:-0.13
b:while_we 1:0.1
b:who_had 0:0.18 7:-0.14 9:-0.11
b:who_knows 4:0.14
b:whole_time 1:0.12
b:why_i 6:0.11
b:window_and 6:0.12 7:0.17
b:wine_stain 5:0.17
b:wiped_the 10:0.13
b:with_a 0:0.12 2:-0.19 5:0.17 6:0.3 12:-0.1
b:with_callers 2:0.12
b:with_customers 1:0.11
b:with_her 1:0.14
b:with_my 5:-0.21
b:with_no 6:0.14
b:with_our 1:0.13
b:with_that 4:0.18 11:0.2
b:with_the 1:-0.26 2:0.41 5:0.17 7:0.2 10:-0.13 13:0.11
b:with_them 1:0.2 4:-0.14 10:0.11
b:with_us 1:0.18
b:within_24 0:-0.27
b:within_a 0:0.36 5:0.11 12:-0.22
b:within_ten 7:0.12
b:within_the 1:0.13
b:without_any 0:0.12 3:0.11
b:without_us 5:0.12 8:0.1
b:woman_on 1:0.16
b:word_i 5:0.13
b:work_if 5:-0.17
b:work_on 5:0.15
b:work_with 0:-0.15
b:working_days 0:0.16
b:worth_it 3:-0.11 5:0.11
b:worth_the 3:-0.11 5:0.14
b:would_be 1:-0.1 10:-0.11
b:would_call 0:-0.13
b:would_happen 13:0.11
b:would_have 13:-0.15
b:would_work 0:-0.15
b:wrong_and 6:-0.12
b:you_can 2:0.1 4:0.19 12:-0.18
b:you_could 3:0.14 10:0.16
b:you_get 5:0.22 11:0.14
b:you_like 8:-0.14
b:you_pay 5:0.15
b:you_the 13:0.12
b:you_to 1:-0.19
b:you_which 2:0.14
b:youd_call 1:-0.11 5:-0.14
b:£_12 11:-0.16
b:£_15 6:-0.1 7:0.1
b:£_18 4:0.11 6:0.13
b:£_2 0:-0.13 5:-0.1
b:£_22 6:0.16 11:-0.11
b:£_30 13:0.14
b:£_38 3:0.11 12:-0.14
b:£_45 0:0.15 4:0.12
b:£_49 5:0.11
b:£_5 6:0.13
b:£_70 4:0.11
b:£_8 0:-0.12
b:£_9 4:0.12 5:-0.11
b:£_90 5:-0.1
b:£_95 5:0.1 11:-0.12
le:communication 6:0.17 13:-0.14
le:product-quality 2:0.12 5:0.19
le:staff-attitude 1:0.2 8:-0.13
ln:cleanliness 0:-0.51 1:-0.3 2:-0.16 3:2.03 4:-0.13 5:-0.31 6:-0.37 10:-2.86 11:-0.19 12:-0.19 13:-0.11
ln:communication 2:-0.27 4:-0.22 5:-0.15 6:1.72 7:-0.51 8:0.11 11:-0.27 13:-2.43
ln:knowledge 0:-0.36 1:-0.21 2:1.47 3:-0.27 4:-0.28 9:-2.37 11:0.18 12:-0.42 13:-0.3
ln:price 0:-0.36 2:-0.47 3:-0.2 4:2.04 9:0.14 11:-2.94 13:-0.28
ln:product-quality 0:-0.32 1:-0.26 4:-0.36 5:1.61 6:-0.13 8:0.16 9:-0.29 11:-0.19 12:-3.28
ln:staff-attitude 0:-0.59 1:2.05 2:-0.43 3:-0.18 4:-0.39 5:-0.28 6:-0.54 8:-3.26 13:-0.3
ln:waiting-time 0:1.63 2:-0.28 3:-0.18 4:-0.52 5:-0.3 7:-3.07 11:-0.19 12:0.29 13:-0.49
lp:cleanliness 2:-0.24 3:2.28 6:-0.21 10:3.04 12:0.15
lp:communication 0:-0.33 1:-0.24 3:-0.36 5:-0.23 6:1.93 7:0.33 8:0.38 9:0.61 11:0.16 12:0.19 13:2.51
lp:knowledge 0:-0.12 1:-0.27 2:2.2 3:-0.19 5:-0.3 6:-0.48 7:0.12 9:2.76 12:0.5
lp:price 0:-0.14 3:-0.21 4:2.08 5:0.22 6:-0.44 7:0.22 8:0.31 9:0.16 11:3.11 12:0.34 13:0.32
lp:product-quality 2:-0.3 3:-0.22 4:0.37 5:1.86 6:-0.33 7:0.11 9:0.31 11:0.25 12:3.09 13:0.17
lp:staff-attitude 0:0.25 1:1.94 3:0.12 4:0.13 5:0.3 7:-0.25 8:3.19 10:0.12 13:0.22
lp:waiting-time 0:1.87 1:-0.18 2:-0.3 6:-0.43 7:3.15 9:0.26 10:0.16 12:0.34 13:0.26
lt:cleanliness 0:-0.42 1:-0.25 2:-0.39 3:4.17 4:-0.11 5:-0.26 6:-0.58 10:-0.16 11:-0.15 13:-0.14
lt:communication 0:-0.37 1:-0.32 2:-0.29 3:-0.42 4:-0.19 5:-0.36 6:3.48 7:-0.17 8:0.51 9:0.52 11:-0.11 13:0.22
lt:knowledge 0:-0.47 1:-0.48 2:3.65 3:-0.45 4:-0.37 5:-0.28 6:-0.55 9:0.45 13:-0.22
lt:price 0:-0.48 1:-0.13 2:-0.48 3:-0.41 4:4.09 5:0.17 6:-0.34 7:0.25 8:0.35 9:0.29 11:0.15 12:0.25
lt:product-quality 0:-0.24 1:-0.21 2:-0.34 3:-0.24 5:3.28 6:-0.47 8:0.23 12:-0.11 13:0.15
lt:staff-attitude 0:-0.4 1:3.79 2:-0.37 4:-0.21 6:-0.48 7:-0.29
lt:waiting-time 0:3.48 1:-0.2 2:-0.57 3:-0.2 4:-0.41 5:-0.3 6:-0.38 9:0.18 11:-0.18 12:0.63 13:-0.23
n:a 1:0.18 5:0.24 6:-0.35 9:-0.22 10:0.2 12:0.29 13:-0.14
n:about 2:0.2 4:-0.1 9:-0.21
n:again 12:-0.16
n:and 0:-0.12 2:0.12 4:-0.1 8:0.11 12:0.12
n:answer 0:-0.11 2:0.16 6:0.12 9:-0.12
n:any 0:0.23 6:0.11
n:anything 9:-0.13 12:-0.1 13:-0.14
n:argue 4:0.18 11:0.2
n:asking 5:0.14 8:0.11
n:at 0:0.13 1:0.1 5:-0.11 7:0.19 8:0.17
n:back 1:-0.17 13:-0.13
n:bad 0:0.13 7:0.15
n:bank 1:0.12
n:be 0:0.14 7:0.15 13:0.11
n:been 2:-0.12 6:-0.26
n:before 6:0.12
n:believe 4:0.11 6:-0.13
n:by 0:-0.1 5:0.1
n:call 5:-0.1
n:came 0:-0.11
n:cared 1:0.1
n:changed 6:-0.11
n:cheap 4:0.25 5:0.2 11:-0.38 12:0.25
n:cheapest 11:-0.12
n:checking 2:0.11
n:clean 1:-0.11 2:0.14
n:clue 1:-0.15 2:0.25 6:-0.13 9:-0.18
n:complaining 11:0.17
n:cost 11:0.12
n:could 2:-0.14 13:-0.14
n:cover 2:0.11
n:crumb 10:0.1
n:difference 4:0.13
n:drop 4:-0.12 5:0.12 12:0.1
n:either 1:-0.23 2:0.1 5:-0.16
n:even 2:0.18
n:ever 9:0.12 11:0.19
n:expect 7:0.1
n:explain 2:0.1
n:explained 13:-0.1
n:fault 8:0.11
n:feel 1:0.12 3:0.11
n:for 0:0.12 7:0.18 11:0.1
n:fuss 0:0.15 3:0.11 7:0.11
n:get 1:0.19
n:going 1:-0.12 6:0.13
n:got 6:0.14 13:-0.13
n:group 12:0.11
n:had 1:-0.11 6:0.32 10:0.1 13:0.17
n:hand 5:0.12
n:has 5:0.16
n:have 13:0.17
n:her 0:-0.13
n:how 9:-0.1 11:0.14
n:i 0:-0.1 6:0.15 8:-0.1
n:idea 9:-0.1
n:in 2:-0.11 5:0.29 7:0.23
n:it 0:0.24
n:ive 4:0.14 11:0.11
n:just 5:0.14
n:know 2:0.24 9:-0.4 11:0.15 13:-0.11
n:knowing 13:0.11
n:knows 2:-0.18
n:left 5:0.1
n:less 8:-0.13
n:let 5:0.13 9:0.1 12:0.11
n:listen 5:0.15
n:looked 2:0.13 10:0.11
n:me 0:0.22 1:0.14 3:-0.11 6:0.14 8:0.17 12:0.11 13:-0.13
n:mentioned 0:0.11 5:0.14
n:mind 3:-0.12 5:-0.12
n:missed 5:0.24 12:0.18
n:more 7:0.17
n:much 1:0.1 4:-0.12
n:my 2:-0.11 5:0.39 12:-0.21
n:need 1:-0.11 2:0.15 9:0.14
n:new 2:0.13
n:of 2:0.13 5:-0.11
n:often 11:0.12
n:on 4:0.13
n:once 0:-0.26 1:0.2 7:0.18 8:0.11 9:0.16
n:one 2:-0.16 6:0.19 13:-0.13
n:order 5:0.16
n:penny 11:0.1
n:properly 2:0.15 13:-0.1
n:rang 13:-0.12
n:really 6:0.11 12:-0.21 13:-0.13
n:rude 5:-0.19
n:rush 0:0.1
n:say 1:0.12 5:-0.11 8:-0.11
n:see 3:-0.13
n:seem 9:-0.11
n:seen 1:0.12
n:she 5:0.16 12:0.1
n:since 6:0.12 13:-0.15
n:single 0:-0.11
n:speck 10:0.11
n:staff 1:0.12
n:start 9:-0.11
n:take 2:0.12
n:tell 2:0.27 5:-0.15 6:0.11 13:-0.22
n:tells 2:0.11
n:text 6:0.14
n:that 1:0.14 2:-0.11 3:-0.16 4:0.14 5:-0.12 6:0.11 7:0.11 11:0.2 12:-0.17
n:the 0:0.1 2:0.11 4:0.43 7:0.2 8:-0.15 11:-0.11 12:0.1 13:-0.19
n:them 2:0.23 5:0.12 9:-0.16 13:-0.17
n:there 1:0.11
n:they 0:0.16 2:-0.11 3:0.11 6:-0.13 7:0.1
n:think 4:0.16
n:this 1:-0.1 2:0.14
n:thought 2:0.12
n:three 7:0.25
n:to 2:0.21 4:-0.13 6:0.29 9:-0.17 12:-0.12
n:too 7:0.1
n:turn 0:-0.16 5:0.18
n:turning 9:0.11
n:up 5:0.22
n:updated 13:-0.14
n:upsell 1:0.1
n:us 2:0.11 4:-0.11 6:0.16 8:0.17
n:wait 0:0.14
n:want 0:0.14
n:was 8:0.11
n:what 1:-0.11 5:-0.22
n:whats 6:0.15
n:when 5:0.37 6:0.22 13:-0.12
n:where 9:-0.11
n:whether 5:-0.2
n:why 13:-0.1
n:with 4:0.16 11:0.18
n:wot 1:-0.12 2:0.15
n:you 5:-0.13
n:youd 1:-0.12 5:-0.15
s:! 2:-0.29 6:-0.17 7:0.15 10:0.43 12:0.31
s:$ 4:0.11 8:-0.11
s:% 4:0.13
s:02 0:0.11
s:1 7:0.15 13:-0.11
s:10 0:0.12 1:-0.18 2:-0.13 4:-0.11 11:0.12
s:11 0:0.1
s:12 0:0.36 2:-0.12 6:-0.11 7:-0.12 11:-0.19 12:-0.14
s:14 3:0.11 5:0.15
s:140 5:0.15
s:15 2:0.12 3:0.12 4:0.12 11:0.1
s:18 4:0.11 6:0.13
s:19 6:0.1
s:2 0:0.18 4:-0.12 6:-0.23 7:-0.12 13:0.13
s:20 0:0.26 3:-0.11 6:0.1
s:22 6:0.16 11:-0.13
s:24 0:-0.18
s:25 0:0.15
s:3 0:0.35 3:-0.12 4:-0.1 6:-0.14 7:-0.13 9:-0.2 12:-0.13
s:30 5:-0.16 13:0.12
s:31 7:-0.11
s:35 0:0.11
s:38 3:0.13 12:-0.22
s:4 0:0.12 3:-0.2
s:40 3:-0.1 12:-0.15 13:-0.14
s:45 0:0.21 4:0.23 5:-0.11 11:-0.27
s:47 0:0.11
s:48 4:0.19 5:0.16 11:-0.12 12:0.12
s:49 5:0.11
s:5 7:-0.11
s:50 0:0.18 4:0.11 6:0.18 7:-0.2 13:-0.14
s:55 0:0.13
s:6 0:0.13 6:0.19
s:7 0:0.23 2:-0.1 5:0.14 7:-0.1 13:-0.12
s:70 4:0.11
s:8 0:0.18 4:-0.1 6:-0.18 7:-0.29
s:80 4:0.1
s:800 4:-0.11
s:9 1:0.1 4:0.12 5:-0.1 10:0.11
s:95 5:0.17
s:99 0:0.13 1:0.11 4:0.16 5:-0.1
s:? 1:-0.19 2:-0.13 5:-0.32 7:-0.14 13:-0.11
s:a 0:-0.19 1:-0.15 2:-0.11 3:-0.19 5:0.14 6:-0.14 8:-0.14 9:0.1 10:-0.16 11:-0.11 12:0.15 13:-0.19
s:about 2:0.14 4:-0.4 5:-0.17 6:0.2 8:0.13 9:-0.18 10:0.19 13:-0.11
s:absolute 11:-0.11
s:account 0:0.11 5:-0.14 6:0.2 9:-0.12
s:acted 1:0.18 8:-0.13
s:actual 5:0.18 6:0.28 8:0.14 9:0.13 11:0.13 12:0.3 13:0.54
s:add 6:-0.12
s:adds 4:0.12
s:advice 0:-0.12 1:-0.1 2:0.46 9:-0.11
s:adviser 0:-0.14 1:-0.12 2:0.22
s:advisor 2:0.15
s:after 1:0.15 2:-0.14 5:0.32 6:0.27 9:0.12 11:-0.13 12:-0.15
s:afterward 1:0.14
s:again 5:0.49 6:-0.12 8:-0.11 11:0.19 12:-0.18
s:agent 1:0.12 3:-0.14 5:-0.12 6:0.13 13:-0.25
s:ages 0:0.23 7:-0.17
s:ago 6:0.12
s:agre 0:-0.15 5:0.2
s:agree 5:-0.12
s:ahead 0:0.17
s:all 1:0.13 2:0.1 3:0.14 4:-0.1 8:0.17 11:0.13 13:0.2
s:allowance 2:0.13 9:-0.13
s:almost 6:-0.1
s:already 4:0.14 5:0.16 6:0.23 9:-0.12 13:-0.19
s:also 2:0.12 7:-0.11
s:alway 3:0.18 6:0.15 8:0.1 10:0.17
s:am 0:0.1 1:0.11
s:amaz 12:-0.11
s:ambulance 1:0.11
s:amount 5:-0.15
s:an 0:0.18 1:-0.12 2:0.13 4:0.2 5:-0.3 6:0.12 10:0.12
s:and 0:0.1 1:0.3 2:0.35 3:0.21 5:0.13 8:0.17 9:0.3 11:0.39 13:0.42
s:angry 13:0.14
s:animal 2:0.16 10:0.11
s:announcement 6:0.12
s:annoy 6:-0.11
s:another 1:-0.17 3:-0.14 5:0.22 12:-0.16 13:-0.11
s:answer 0:-0.16 1:0.12 2:0.77 4:-0.13 5:-0.32 6:-0.19 8:0.25
s:any 0:0.2 2:0.2 5:-0.3
s:anyone 4:-0.13 5:-0.19 9:0.11 10:0.17 13:-0.12
s:anyth 1:-0.14 2:0.15 5:0.14 6:0.16
s:anywhere 5:0.13 7:0.13 10:0.12 11:0.11
s:apart 4:-0.11
s:apologis 3:0.1 5:0.19 12:-0.12
s:apologise 1:-0.13
s:app 2:-0.16 5:0.28 6:0.26
s:appear 6:0.11
s:appointment 0:0.11 6:0.22 9:0.15 13:-0.15
s:appreciat 6:0.23 13:-0.21
s:appreciate 1:-0.11
s:apps 5:0.12 12:-0.13
s:archive 2:0.12
s:are 5:0.33 10:-0.19 11:-0.13
s:area 2:0.1 3:0.11 5:0.15
s:argue 4:0.18 11:0.2
s:arriv 0:0.25 5:0.14 7:0.25 12:-0.23
s:as 1:0.38 4:0.13 7:-0.14 8:-0.29 11:0.12 13:0.14
s:ask 0:-0.2 2:0.17 3:-0.11 6:-0.16 8:-0.12 9:-0.35 11:0.12
s:asked 0:-0.19 1:0.15 2:0.3 3:-0.26 4:-0.16 5:-0.11 6:-0.27 9:-0.22 13:-0.19
s:asking 1:0.27 11:-0.14 12:-0.1
s:asks 2:0.15
s:asleep 1:0.13 8:-0.16
s:assistant 1:0.11 12:0.14
s:at 0:0.43 5:-0.14 7:0.17 9:0.13 10:0.13 12:0.17
s:automat 5:-0.12 6:0.12
s:away 0:0.2 7:0.13 9:0.11
s:back 0:-0.16 2:-0.23 4:-0.1 5:0.19 6:0.13 10:-0.13 12:-0.32
s:backward 2:0.16
s:bad 7:0.15 12:-0.19
s:badge 1:-0.11
s:bag 5:-0.12
s:bags 11:-0.24
s:baked 5:0.12
s:bakery 3:0.12 4:0.11 5:0.12
s:balayage 2:0.14 9:0.11
s:band 1:-0.26 4:0.2
s:bang 7:0.1
s:bank 5:0.15 7:-0.11 9:-0.13
s:bar 1:0.3 2:-0.17
s:bare 6:-0.12
s:bargain 4:0.2 11:-0.12
s:barrier 9:0.1
s:basical 6:0.12
s:bath 10:-0.19
s:bathroom 3:0.31 5:-0.2 10:-0.13
s:battery 12:0.13
s:be 0:0.25 1:-0.2 4:0.12 5:-0.13 9:-0.17
s:beautiful 5:0.12 12:-0.1
s:because 0:0.14 1:-0.22 4:0.12 5:-0.17 7:-0.27 13:-0.11
s:become 4:0.1
s:bed 0:-0.12 1:0.13 5:0.16 6:-0.12 11:0.13 12:0.15
s:been 1:-0.1 2:-0.17 4:-0.15 5:-0.21 10:-0.17 11:0.13 13:-0.26
s:before 2:-0.39 3:0.11 5:-0.22 7:0.25 9:0.18 10:0.14 13:0.25
s:behalf 6:-0.11
s:behind 0:0.13 1:0.18
s:being 2:-0.15 5:-0.15 8:-0.16
s:believe 4:0.11 6:-0.13
s:best 1:-0.23 3:-0.19 5:0.32 7:-0.13 12:0.35
s:better 2:0.12 4:0.13 8:-0.1 9:0.18 12:0.25
s:between 0:0.4 4:0.12 6:0.13 7:-0.11
s:bias 1:-0.1
s:bien 5:0.15
s:big 1:-0.12 2:0.17 4:0.12 6:-0.12 9:0.12 11:0.16
s:bike 0:0.16 5:0.18 7:0.12 9:0.1 12:0.1
s:bill 1:0.25 2:-0.24 4:0.2 6:0.34 8:-0.11
s:bin 0:-0.13 5:0.26 12:-0.13 13:-0.18
s:bins 2:-0.1 3:0.2 5:0.31 6:-0.13 10:-0.15 12:-0.14
s:bird 5:0.17 12:0.16
s:birthday 6:-0.1
s:bit 1:0.11 6:-0.21 9:0.23
s:bite 5:0.16 12:-0.1
s:bits 3:0.11
s:blame 5:0.11
s:blind 0:-0.13 5:0.12
s:bloke 0:-0.19 1:0.28
s:blood 2:0.13 4:0.16 11:-0.1
s:blow 12:-0.14
s:blue 2:0.1
s:board 12:0.12
s:bob 2:0.14
s:boiler 0:0.18 5:-0.29
s:book 0:0.33 3:0.17 4:0.18 6:0.28 7:0.13 8:0.17 9:0.13 11:0.15 13:0.14
s:boot 5:0.11 12:0.12
s:booth 1:-0.15 3:0.19
s:borrow 4:0.16 11:0.12
s:both 0:-0.15
s:bought 5:0.48 12:0.21
s:bout 0:0.14
s:box 12:-0.13
s:branch 5:-0.22 7:0.25 8:0.11 9:-0.18
s:brand 0:0.14 5:0.14
s:bread 5:0.11
s:break 3:-0.11
s:breakfast 0:-0.11 2:0.11 5:0.19 8:0.18 9:-0.11
s:brill 0:0.16 7:0.13
s:brilliant 5:0.23
s:bring 6:0.11
s:broadband 5:0.17 7:-0.11 9:-0.11
s:broken 12:-0.18
s:brought 5:-0.13 10:0.18
s:budget 4:-0.11 11:0.29
s:build 2:0.14 4:0.12 5:-0.12
s:builder 11:0.18
s:bulb 2:0.15
s:buns 4:0.1
s:burger 10:-0.15
s:burnt 5:0.16
s:bus 0:0.11
s:busy 1:0.29 2:-0.11 5:-0.17 8:-0.11
s:but 0:0.22 1:0.42 2:0.22 4:0.22 5:0.32 7:-0.14 8:0.47 10:-0.13 11:-0.28 12:0.13 13:-0.1
s:button 5:0.12 12:-0.12
s:buy 11:-0.16
s:buying 0:-0.11
s:by 0:0.27 3:0.25 5:-0.11 7:0.16 8:0.12 9:0.23 10:-0.22 13:0.14
s:cable 1:-0.2 5:0.19 12:-0.13
s:caf 5:0.1
s:cafe 5:-0.14
s:cake 5:0.33 6:-0.12 12:0.14
s:call 0:0.29 2:-0.11 3:-0.14 4:-0.13 5:-0.26 6:0.38 13:-0.2
s:caller 2:0.11
s:calm 1:-0.13 6:0.1
s:came 0:0.35 2:-0.15 3:0.19 6:0.23 9:0.16 12:-0.15
s:can 1:-0.1 2:0.13 4:0.11 6:-0.23 9:0.16 11:0.22 13:0.14
s:canada 1:0.14
s:cancell 5:-0.11 6:0.18
s:cant 0:0.16 4:0.17 8:0.14 9:-0.11 11:0.32
s:canteen 5:-0.17
s:car 0:0.18 5:-0.24 10:-0.1
s:card 2:-0.13 5:-0.12 8:0.13
s:care 0:-0.12 12:0.14
s:cared 1:0.1
s:carpet 3:0.1
s:carri 1:0.13
s:carrier 11:-0.19
s:cashier 5:-0.17 8:-0.35 9:-0.13
s:cat 12:0.14
s:centre 3:0.15 13:-0.18
s:chain 1:0.11 4:0.11 8:-0.11 11:0.14
s:chair 0:-0.11 8:-0.18
s:chang 0:-0.17 3:0.22 10:-0.13 13:-0.2
s:change 3:0.1 5:-0.18 10:0.11 11:0.14
s:chap 0:0.12 2:0.15
s:charg 0:-0.24 2:0.15 4:0.49 5:0.21 6:-0.16 9:-0.1
s:charge 1:0.11 4:0.6 5:-0.18 6:0.13 13:-0.14
s:charger 5:-0.12
s:charm 1:0.11
s:chase 6:0.12
s:chat 8:-0.18 9:0.1 13:-0.2
s:cheap 1:-0.16 2:-0.2 4:0.58 5:0.32 6:-0.13 12:0.19
s:cheaper 1:0.12 2:0.13 4:0.13 7:0.1 9:0.14
s:cheapest 4:0.19
s:check 1:0.23 2:0.13 3:0.25 10:0.13 12:-0.12
s:checkout 0:0.46 2:-0.14 5:-0.12 6:0.18 7:-0.26 12:-0.11 13:-0.12
s:chef 5:0.2 10:-0.15 11:-0.1 12:0.17
s:cheque 9:-0.1
s:chicken 12:-0.1
s:children 3:0.17
s:chip 1:-0.1 2:-0.12 5:0.6 11:0.12 12:-0.37
s:chipp 6:0.12 8:0.12
s:christma 1:-0.31 6:-0.16
s:circle 6:-0.12
s:claim 6:0.16
s:class 1:0.12 5:0.15
s:clean 0:-0.26 2:-0.24 3:0.73 4:0.14 6:-0.29 8:-0.19 10:0.25
s:cleaner 3:0.18 5:0.32 7:-0.13 10:0.23 12:0.12
s:cleanest 10:-0.21
s:cleanliness 3:0.13 6:-0.14
s:clear 2:0.27 5:-0.11 6:0.24 12:-0.16 13:0.13
s:clerk 2:0.13 4:0.12 5:-0.13
s:client 2:0.23 9:0.16 11:-0.18
s:clinic 0:0.18 2:0.14
s:clock 0:-0.12
s:clos 0:-0.14 5:-0.19 13:-0.11
s:closure 5:0.1
s:cloth 10:-0.13
s:cloud 5:0.15 12:0.15
s:club 5:0.14
s:clue 1:-0.15 2:0.25 6:-0.13 9:-0.18
s:clueless 2:0.18 9:-0.14
s:coach 2:0.12
s:coat 5:0.14
s:cocktail 11:0.14
s:coffee 4:0.14 5:0.15 6:-0.14 10:-0.11
s:cold 0:-0.1 1:0.18 2:-0.11 5:0.52 12:-0.17
s:colleague 2:0.19 6:-0.14 9:-0.1
s:collect 0:0.17 4:0.19 6:0.1 13:0.11
s:collection 2:0.1 3:0.27 5:0.17 12:0.12
s:colour 9:0.11
s:come 0:0.12 7:0.23 11:0.13
s:coming 0:-0.1 5:0.17 12:0.1
s:comment 1:-0.11 10:0.1 12:0.11
s:communication 13:-0.15
s:company 0:-0.14
s:compar 7:0.19
s:complain 0:0.3 3:0.26 6:-0.14 9:-0.11 11:0.34
s:complaint 0:0.12 1:-0.12 2:-0.18 6:0.18 7:-0.13 10:0.17 13:0.16
s:computer 5:0.12 12:-0.11
s:concierge 1:0.11
s:confirm 5:-0.15
s:confirmation 6:0.13
s:confus 13:-0.15
s:consensu 12:-0.13
s:consider 1:-0.12
s:consistent 2:0.11
s:constant 0:-0.11 4:0.1 12:-0.13
s:consult 3:0.12 5:-0.11
s:contract 10:0.17
s:contractor 5:0.18
s:conversation 8:-0.13
s:cook 2:0.12 4:0.11 5:0.32 6:-0.1 9:0.15 12:0.2
s:corner 2:-0.14 3:0.18
s:correct 9:0.11
s:corridor 12:0.11
s:cost 0:-0.1 1:-0.16 2:-0.14 4:0.53 5:-0.16
s:could 2:0.4 3:0.11 5:-0.35 7:-0.14 8:0.12 12:0.13 13:0.12
s:couldnt 1:0.26 5:-0.14 6:-0.18 9:-0.12 10:0.1
s:council 0:0.21 4:-0.16 6:0.16 13:-0.16
s:count 6:-0.12
s:counter 1:0.14 5:-0.22 6:-0.25 10:0.16
s:courier 0:0.32 2:-0.18 5:0.17 6:0.17 7:0.26 12:-0.12
s:cours 5:0.16 11:0.14 12:0.11
s:course 2:0.13 5:0.12 9:0.12
s:courtesy 1:-0.1 12:-0.1
s:cover 2:0.1 5:-0.15 9:-0.12
s:crash 0:-0.12 5:0.14 12:-0.15
s:cream 5:0.13
s:credit 5:0.11
s:crew 3:0.14 5:-0.13 12:-0.11
s:croissant 5:0.15
s:crumb 5:-0.12
s:curry 5:0.2
s:curt 8:-0.12
s:custom 1:0.14
s:customer 0:-0.3 2:-0.2 3:-0.16 5:-0.26 6:0.27 8:-0.13 12:-0.34
s:cut 2:0.16 5:-0.11 11:0.18
s:cutlery 1:0.16
s:dad 8:0.12
s:daft 5:0.13
s:damag 0:0.11
s:damage 4:-0.12 6:0.19 8:0.11
s:damp 1:-0.1
s:date 2:0.11 5:-0.1 6:0.23
s:daughter 0:-0.1
s:day 2:-0.36 3:0.1 5:0.33 6:0.28 7:-0.14 12:-0.16 13:-0.12
s:daylight 0:-0.14
s:days 0:0.21 2:-0.25 5:0.14 7:-0.11
s:dealer 5:-0.18 11:0.18
s:dear 4:0.12 11:-0.13
s:decent 11:0.19
s:deep 5:-0.1 10:-0.13
s:defo 0:0.12
s:delay 1:-0.12 6:0.2
s:delivery 0:0.32 2:-0.11 6:0.21 7:-0.15
s:dentist 2:-0.11
s:depend 2:0.23 6:-0.11 9:-0.11
s:deposit 0:0.15 2:-0.12 5:-0.13 6:0.13
s:depot 7:-0.12
s:describ 1:0.23 2:0.25 7:-0.11 12:0.16
s:desk 0:0.14 1:0.27 3:0.15 4:0.12 6:-0.17 9:-0.16
s:despite 0:0.11
s:diagnostic 5:-0.12
s:diagram 2:0.12
s:did 3:-0.13 6:0.18 9:-0.13
s:didnt 0:-0.14 2:0.27 7:0.29 8:0.16 9:-0.16 11:0.24
s:died 1:0.2 13:0.11
s:diet 2:0.12
s:difference 4:0.13
s:different 1:-0.12 6:0.16 9:-0.19 13:-0.11
s:dirty 5:0.22 10:-0.1
s:discuss 5:0.19
s:discussion 5:0.1
s:discust 3:0.17 10:-0.12
s:dish 2:0.11 5:0.12
s:do 2:0.15 3:0.12 9:0.12
s:doctor 6:0.27 9:0.19 13:-0.21
s:doesnt 6:-0.11 9:-0.11 13:-0.19
s:dog 3:0.22 4:-0.11 8:0.1 10:-0.11
s:doing 5:0.12 6:0.11
s:dominat 0:0.14
s:done 10:0.15 12:0.16
s:dont 0:0.13 4:0.12 5:-0.23 11:0.11
s:door 0:0.22 1:-0.15 2:-0.15 6:0.17 13:-0.11
s:double 5:0.13 9:0.12
s:down 1:0.1 2:-0.12 5:0.15 10:0.11 12:-0.12 13:0.17
s:downright 7:-0.11
s:dr 2:0.13
s:drain 2:-0.12
s:dread 5:-0.1
s:drew 2:0.12
s:drill 0:-0.16
s:drink 12:0.13
s:drip 5:0.13
s:driv 0:0.11 5:-0.13 6:-0.12
s:driver 0:0.13 1:0.15 3:0.14 5:0.27 6:0.22
s:drop 1:-0.1 4:-0.22 5:0.24
s:dropp 0:0.14 5:0.12 7:0.1 10:0.19 12:-0.14
s:drove 5:0.2 12:0.11
s:dry 3:-0.17 5:0.4 12:-0.1
s:due 5:0.11 12:0.1
s:dust 3:0.25
s:e 0:0.18 7:-0.21
s:each 0:0.13 1:0.19 2:-0.18 6:0.44
s:earth 11:-0.1
s:easy 5:0.13 6:0.13
s:eat 3:0.11
s:economy 5:0.17 11:0.12
s:eggs 8:0.13
s:eight 0:0.26 2:0.21 4:0.13
s:either 0:-0.1 1:-0.14 5:-0.2
s:elder 1:0.25
s:electrician 5:-0.2
s:eleven 2:-0.1
s:els 2:0.13 3:0.2
s:else 4:0.17 8:-0.16 11:0.33 13:-0.1
s:email 0:-0.1 2:-0.13 6:0.96 8:0.11 12:-0.15
s:emergency 7:-0.2
s:empty 12:-0.11
s:end 2:0.11
s:ended 9:-0.12
s:engine 2:0.12
s:engineer 1:-0.17 3:-0.13 6:0.11
s:english 0:-0.13 13:0.12
s:enough 1:0.17 2:0.1 3:0.12 9:-0.14
s:equipment 12:0.11
s:esim 2:0.1
s:especial 0:-0.16 6:0.1
s:estate 6:0.13
s:eve 6:-0.1
s:even 1:0.23 2:0.16 3:0.12 4:-0.1 5:-0.13 7:0.25 11:0.11
s:eventual 0:-0.19
s:ever 5:-0.16 6:0.15 9:0.11 10:-0.29 11:0.26
s:every 3:0.17 6:0.22 8:0.16 9:0.11 13:0.29
s:everyone 8:0.15
s:everyth 3:0.18 5:0.15 6:0.21 9:0.1 10:0.19 12:0.17 13:0.2
s:everywhere 3:0.27 10:-0.19
s:evryth 5:-0.11 6:0.18 13:0.11
s:exact 9:0.35 12:0.2 13:0.19
s:expect 2:-0.16 4:0.13 6:-0.12 7:0.12 8:0.13
s:expert 2:0.13 9:-0.25
s:explain 2:0.16 5:0.19 6:0.9 12:0.25 13:0.5
s:explan 6:0.17
s:express 0:0.34 5:-0.11 7:-0.18
s:extra 0:0.11 1:0.16 2:-0.18 4:0.24 13:-0.11
s:eye 0:-0.1 11:-0.14
s:eyes 6:-0.13
s:fab 0:0.1 1:0.16 8:0.19
s:face 1:-0.15 5:0.13
s:fail 6:0.1 13:0.22
s:fair 0:0.14 1:0.19 4:0.25 5:0.12 8:0.11 11:0.31 12:-0.11
s:fami 11:0.14
s:fantastic 7:-0.18 12:-0.12
s:fare 2:0.11
s:fast 0:0.13 7:0.2 11:-0.16 12:-0.14
s:father 6:-0.11
s:fault 1:-0.14 2:0.13 7:0.2 8:0.11 9:0.12
s:faulty 9:0.13
s:favourite 8:-0.16
s:fee 4:0.47 5:-0.16 6:0.27 11:-0.16
s:feed 1:0.1 2:0.14
s:feedback 6:0.1
s:feel 0:-0.14 1:0.2 2:-0.21
s:fees 4:0.27 5:-0.1
s:fell 4:-0.11
s:felt 4:0.14 7:-0.12
s:few 12:-0.14
s:fifteen 5:-0.12 6:0.1
s:fifty 7:-0.11
s:fill 2:-0.11
s:filthy 0:-0.13 3:0.17 6:-0.14 10:-0.24
s:final 0:0.18 3:0.17 9:0.21 10:0.34 12:0.1 13:0.11
s:find 1:-0.21 3:0.13 5:0.2 6:0.29 11:-0.1 12:-0.12 13:-0.12
s:fine 0:-0.2 1:-0.19 4:0.28 5:-0.15 6:-0.24 7:-0.1 11:0.2
s:finish 2:0.14 6:-0.17 8:-0.16
s:fire 0:-0.16 4:-0.11
s:firm 12:-0.11
s:first 0:0.12 1:-0.12 2:0.17 9:0.19 12:0.17
s:fish 5:0.23 6:-0.11 9:0.13 12:0.17
s:fit 7:-0.2
s:fitt 5:0.19 11:-0.16 12:-0.14
s:fitter 7:-0.1
s:five 0:0.2 5:0.22 6:0.15 7:-0.13 8:-0.12 12:0.21
s:fiver 11:0.24
s:fix 0:0.17 5:0.22 7:0.24
s:fixed 4:0.1
s:flat 5:0.13 6:-0.22 7:0.13
s:flight 4:0.2 11:0.12
s:floor 3:0.45 4:-0.2 5:-0.2 6:-0.1 10:-0.38 11:0.16 12:0.17
s:fly 11:-0.28
s:follow 0:0.27 6:0.1 7:-0.2
s:food 0:0.15 2:-0.15 3:-0.12 5:0.68 6:-0.1 12:0.29
s:for 4:0.28 5:-0.12 7:-0.25 10:0.13 11:0.21 12:-0.16
s:forgive 8:0.14
s:form 0:-0.14 1:0.13 2:0.21
s:fortnight 5:0.23 7:0.15 12:-0.46
s:forty 0:0.16 2:0.17 7:-0.19 9:0.16 13:-0.18
s:found 2:0.18 3:0.2 4:0.19 9:0.21 12:0.14
s:four 0:0.3 1:0.23 5:0.16 6:0.12 7:-0.26 8:-0.11 11:-0.11 13:-0.19
s:fourteen 0:0.19 13:0.11
s:fourth 6:0.11
s:free 0:0.18 4:-0.15 7:0.15 11:0.15 13:-0.1
s:freehold 2:0.12
s:fresh 3:0.15 10:0.25
s:freundlich 0:0.16
s:friday 0:0.36 5:0.18 12:0.16
s:fridge 2:0.12 12:0.12
s:friend 0:0.12 1:0.34 2:0.21 3:0.2 8:0.26 11:0.11
s:from 0:0.12 5:-0.28 7:0.2 11:-0.2
s:front 2:0.16 5:0.33 12:-0.11
s:frozen 5:0.17 12:-0.11
s:frustration 1:0.15 5:0.12
s:full 0:-0.15 4:0.16 5:0.14
s:fuming 7:-0.11
s:furiou 7:-0.11
s:fuss 0:0.14 7:0.11
s:fussy 1:-0.1 3:0.12
s:g 2:0.11
s:garage 1:-0.13 13:0.16
s:garden 1:-0.11
s:gate 8:-0.1
s:gave 0:0.2 2:0.15 7:0.15 9:-0.21 12:-0.12 13:0.25
s:gem 1:0.18 8:0.15
s:general 4:-0.17 5:-0.12
s:genuine 5:0.1
s:get 0:0.13 3:-0.15 5:-0.1 6:-0.17 7:-0.28 12:0.13
s:gets 5:-0.13
s:gett 0:0.21 12:-0.11
s:give 3:-0.12 5:0.23 11:-0.13
s:given 5:0.27
s:giving 2:0.16
s:glad 1:-0.11 12:0.12
s:glass 0:-0.11 3:0.12
s:glaucoma 2:0.17 9:0.11
s:gleam 3:0.12 10:0.2
s:gluten 1:-0.12
s:go 0:0.19 1:-0.11 2:0.23 7:-0.17 9:0.14
s:goes 3:0.11 7:-0.13
s:going 1:-0.2 2:-0.23 3:0.16 6:0.1
s:gone 4:0.17 6:-0.14 10:0.23 12:0.19
s:good 2:-0.13 5:0.21 6:-0.27 9:0.11 12:0.31
s:googl 2:0.13 9:-0.13
s:gorgeou 5:0.17 12:0.19
s:got 0:-0.15 1:0.22 3:-0.17 6:0.16 8:-0.15 12:-0.24
s:gp 0:0.15 2:0.22 5:-0.15 13:0.11
s:gps 2:0.16
s:grabb 0:-0.11 5:0.15
s:greasy 3:0.19 5:-0.14
s:great 2:-0.14 4:-0.11 5:0.18 12:0.13
s:grey 12:-0.11
s:grim 3:0.13
s:gripe 3:0.15 4:0.12
s:group 4:0.12 8:0.12 12:0.1
s:grubby 5:-0.17 10:-0.16
s:grumpy 1:0.1
s:grunt 8:-0.17
s:guard 1:0.15
s:guess 2:0.12 5:-0.13
s:guest 1:-0.22 3:0.26 10:-0.21
s:guy 2:0.4 5:-0.17 6:-0.21
s:guys 3:-0.15 5:0.13
s:gym 2:0.1 5:0.11 6:-0.13 10:0.14
s:gyms 2:0.12 5:-0.11 9:-0.11
s:ha 0:0.17 7:-0.11
s:had 2:0.14 3:0.24 6:0.21 7:0.27 9:-0.19 10:0.1 11:-0.12 12:0.15
s:hadnt 2:0.22 13:-0.24
s:hair 0:-0.11 3:0.15 10:-0.16
s:haircut 5:0.24
s:hairdresser 0:-0.11
s:hake 5:0.13 9:0.13
s:half 2:0.11 3:-0.21 7:0.18 12:-0.37
s:hallway 3:0.11
s:halv 13:0.11
s:hand 3:0.15 12:0.14
s:handheld 6:0.17
s:handle 3:0.15
s:handprint 3:0.19 5:-0.14
s:handset 2:0.21 9:0.14
s:handwritten 1:0.23
s:hanger 4:-0.13
s:happen 0:0.12 2:-0.27 6:0.35 13:0.18
s:happy 4:0.11 11:0.26
s:has 0:-0.11 2:-0.16 5:0.32 6:0.22 7:0.15 11:-0.18 13:-0.14
s:hasnt 1:-0.11 2:0.18 5:0.1 6:-0.17 12:0.12
s:hatch 6:-0.14
s:have 1:0.14 2:-0.21 3:0.14 4:-0.16 6:0.11 8:-0.17 11:-0.21 12:-0.21 13:0.29
s:havent 2:-0.11 6:-0.1
s:having 6:0.13 8:-0.16
s:he 0:0.16 1:0.17 2:0.15 3:0.12 5:0.19 6:-0.11 9:0.1 10:0.11 11:-0.13 12:0.18 13:0.17
s:head 1:-0.13 13:-0.15
s:headache 5:0.14
s:headphone 12:0.12
s:heard 6:0.23 13:-0.13
s:hed 7:0.16
s:held 0:0.12 2:-0.12
s:hello 1:0.16
s:help 4:-0.16 5:-0.15 8:0.11
s:helpful 1:0.17 8:0.14
s:helpline 2:0.13 6:0.1
s:her 0:-0.1 1:0.42 2:0.1 5:-0.16 6:-0.17 9:0.2
s:here 6:-0.21 7:0.15 10:0.11 11:0.13
s:herself 6:-0.13
s:hes 5:0.14 11:0.12
s:high 3:0.14 4:0.13
s:him 1:0.11 8:0.11
s:himself 3:0.13 12:0.1
s:his 1:0.36 5:-0.1 8:-0.27 9:0.11 11:-0.17 13:0.13
s:hold 0:0.64 1:-0.22 6:-0.19 7:-0.17
s:hole 0:0.12
s:holiday 0:0.11
s:home 0:-0.17 1:-0.13 4:-0.21 5:0.17
s:honest 0:-0.25 1:0.1 3:-0.14 4:0.22 5:-0.14 11:0.21 12:0.12 13:0.18
s:hoover 3:0.12 10:0.12
s:hope 0:-0.1
s:hospital 0:-0.11 4:0.12 11:-0.17
s:hot 7:0.15 12:0.16
s:hotel 2:-0.13 3:0.13
s:hour 0:0.67 1:-0.16 5:-0.29 6:0.15 7:-0.23
s:house 0:-0.18 1:0.19 5:-0.12 10:0.2
s:housekeep 3:0.14
s:how 4:-0.16 5:0.11 10:0.14 11:0.1 12:-0.12
s:however 0:0.12 1:0.12 3:0.15 5:0.28
s:hrs 0:0.17 7:-0.14
s:hunt 2:0.12
s:hurt 5:0.16
s:husband 1:0.25 8:-0.13
s:hygiene 3:0.14 10:-0.22
s:i 1:-0.25 4:-0.17 5:-0.14 8:-0.2 13:-0.12
s:id 0:0.21 1:0.12 2:0.1 5:-0.13 8:-0.14 9:0.15 11:0.11 12:0.11
s:idea 9:-0.1
s:if 0:-0.35 1:0.24 2:0.25 3:-0.18 6:-0.28 10:-0.19 11:-0.11
s:ignor 6:0.15 12:0.11
s:ill 1:0.17 4:0.16 5:-0.14 8:0.14 11:-0.17
s:im 1:-0.15 4:0.13 7:-0.22 12:-0.11
s:immaculate 3:0.24 10:0.29 12:0.11
s:impatient 5:0.14
s:important 6:-0.11
s:impress 6:0.12
s:in 0:0.13 1:-0.14 3:0.12 5:0.21 7:0.41 8:0.17 11:0.11 12:0.23
s:includ 1:0.11 6:0.17
s:include 4:0.1
s:inform 5:-0.11 13:-0.13
s:information 2:0.13
s:inhaler 1:-0.11
s:inside 0:-0.11
s:inspection 0:-0.12
s:installation 5:0.12
s:instead 0:0.11 6:-0.1 7:0.12 9:0.16
s:instructor 1:0.1 2:0.18 6:-0.11 8:0.11
s:insurance 5:0.17 6:-0.13 9:-0.11
s:interrupt 8:-0.14
s:interruption 8:-0.11
s:into 5:-0.21 11:0.12
s:invoice 4:0.16
s:is 0:0.14 1:0.17 2:-0.28 3:0.14 5:0.15 7:-0.12 10:0.18 11:-0.18 12:0.23 13:-0.11
s:isa 2:0.27 6:-0.15 9:-0.2
s:isas 2:0.12
s:isnt 4:0.11 5:0.18 11:-0.23
s:it 1:-0.14 2:0.27 3:0.2 6:-0.11 8:0.25 10:0.14 11:-0.2 12:-0.22
s:itd 0:0.17
s:its 1:0.12 7:-0.11 8:-0.15 11:0.16 13:-0.12
s:itself 0:0.21 3:0.22 4:0.1 5:0.25 12:0.25
s:ive 0:-0.12 2:-0.18 3:0.11 7:-0.13 10:-0.17 11:0.11
s:jacket 5:0.14
s:january 0:0.13
s:jargon 2:-0.11 6:0.14
s:job 1:-0.12 2:-0.23 5:0.27 6:0.14 11:-0.14 12:0.11
s:joke 5:-0.15
s:jumper 1:-0.26
s:junction 5:0.11
s:june 13:-0.12
s:just 0:-0.29 3:-0.18 4:-0.14 6:0.13 8:-0.11 12:-0.14
s:keep 2:-0.17 4:0.13 13:-0.17
s:kept 0:0.17 2:-0.24 5:0.14 6:0.33 7:0.13
s:kettle 5:0.23
s:keyboard 6:-0.12
s:kids 4:0.25
s:kind 1:0.24 5:-0.11 8:0.14
s:kitchen 3:0.13 4:-0.16 5:0.13 12:0.13
s:knee 2:0.11
s:knew 1:-0.1 2:0.76 6:-0.16 8:0.11 9:0.42 12:0.19
s:knock 0:0.15 11:0.17
s:know 0:-0.21 2:0.39 4:0.17 5:-0.23
s:knowledgable 0:0.13 1:-0.11 2:0.12 6:0.12 9:0.12
s:knowledgeable 2:0.18 9:0.12
s:label 5:0.11 12:-0.1
s:lad 0:-0.17 1:0.2 2:0.27 9:-0.16 12:-0.16
s:lads 8:0.15
s:lady 1:0.18 5:-0.26 8:0.12 13:0.1
s:lamb 5:0.18
s:language 6:0.11
s:laptop 2:0.11 6:-0.1 9:-0.13
s:lasagne 5:0.12
s:last 0:-0.27 6:-0.14 7:0.11 10:-0.12 12:-0.31
s:late 0:-0.19 2:-0.11 6:0.28 7:-0.12 11:0.14
s:later 5:0.17 7:-0.11
s:laugh 4:0.11 6:-0.11
s:leak 3:0.13 7:-0.12
s:leav 1:-0.11 3:0.12 10:-0.14
s:leave 0:0.16 10:-0.14
s:lecture 1:0.15
s:left 5:0.15
s:legend 1:0.12
s:legroom 5:0.17
s:lens 4:0.15 5:-0.17 6:0.12
s:less 0:-0.14 1:0.19 4:0.2 8:-0.15
s:lesson 5:0.11
s:let 5:0.12 12:0.12
s:lett 13:-0.21
s:letter 0:-0.18 2:-0.29 4:-0.11 5:-0.21 6:0.45 8:0.13 13:-0.46
s:librarian 2:0.12 9:0.12
s:library 3:0.15 6:-0.15 10:0.1 12:-0.11
s:life 5:0.15
s:lifeguard 1:0.13 8:-0.16
s:like 1:0.48 2:-0.17 5:0.45 6:-0.16 7:0.14 8:-0.37
s:liked 6:0.13 13:0.11
s:limit 2:0.12
s:line 0:0.14 1:-0.2 2:0.12 12:0.19
s:list 0:0.14 1:-0.16 2:0.1
s:listen 0:0.13 5:0.1 6:0.43 11:0.13 12:-0.12
s:little 1:0.15 4:0.44 5:0.13 8:0.11 11:0.28
s:live 1:-0.11
s:load 5:0.2
s:local 5:0.12 12:0.14
s:locum 2:0.26 9:-0.16
s:lol 0:0.2 7:-0.13
s:long 0:0.33 1:-0.11 5:0.14 8:0.11 9:0.15 12:0.14 13:-0.12
s:longer 0:0.19
s:look 0:-0.25 2:-0.26 4:-0.11 5:0.36 8:-0.2 9:0.34 12:0.29
s:loop 0:0.14
s:loos 3:0.25 5:-0.12
s:lost 5:0.18 12:-0.12
s:lot 0:0.15 1:0.11 6:0.11 7:0.1 8:0.11
s:loud 5:0.13
s:love 0:0.17 1:0.41 3:0.19 5:0.19 6:0.13 8:0.48 9:-0.13 10:0.14 12:0.2
s:loved 1:-0.14 3:-0.18
s:loving 11:-0.22
s:lowest 0:0.14
s:lunch 0:0.31 5:-0.19
s:lunchtime 5:0.16
s:lush 12:0.11
s:machine 2:-0.12 5:0.16 12:-0.22
s:made 0:-0.17 2:-0.12 7:-0.12 12:0.16
s:main 0:0.17 4:0.14 11:0.24
s:maintenance 2:-0.11
s:mais 4:0.16 5:0.12 12:0.13
s:make 5:-0.11 10:0.14
s:man 1:0.18 5:0.23
s:management 1:-0.13 3:-0.12 6:-0.12
s:manager 0:-0.12 1:0.22 2:-0.24 5:-0.2 6:0.22 13:0.13
s:manchester 11:-0.25
s:manner 1:0.21 8:-0.12
s:manual 6:-0.11
s:manufacturer 1:0.1
s:many 6:0.12
s:march 5:0.17
s:mark 12:-0.11
s:massive 5:0.14 6:-0.12
s:matter 1:0.13
s:mattress 1:-0.12
s:me 0:-0.14 1:0.56 2:0.18 3:-0.25 4:-0.13 5:-0.11 6:0.43 13:0.4
s:meal 0:-0.12 5:0.13 12:0.13
s:mean 5:-0.23
s:meant 2:0.15 5:-0.1 9:-0.1
s:meat 1:0.12
s:mechanic 0:-0.12 2:0.23 5:-0.17
s:member 0:-0.11 2:0.16 8:0.14
s:membership 6:0.11
s:men 5:0.32
s:mention 4:0.12 5:0.29 6:0.15 12:0.12 13:-0.16
s:menu 0:-0.13 2:-0.11 5:0.25 12:-0.12 13:-0.15
s:merchant 11:0.16
s:merci 0:0.14
s:mess 0:-0.14
s:microwave 3:-0.11
s:mid 4:-0.11 12:-0.12
s:middle 5:0.23
s:might 1:-0.14
s:mile 5:0.11
s:milk 1:0.11
s:min 0:0.14
s:mind 0:0.15 3:-0.14 4:0.16 5:-0.12 12:0.14
s:mine 4:0.15 11:0.12
s:ming 3:0.11 10:-0.12
s:mins 0:0.62 3:-0.1 5:-0.12
s:minute 0:0.56 2:0.11 6:0.19 8:-0.16 11:-0.1
s:miserable 8:-0.12
s:miss 2:0.29 3:-0.19 5:0.39 7:-0.1 9:0.19 11:-0.11
s:mixed 12:0.11
s:mo 1:0.13 5:0.1
s:moan 5:0.18
s:model 5:0.14
s:moderator 5:-0.26 12:0.11
s:monday 0:0.31 1:-0.1 2:-0.1 5:-0.16
s:money 5:0.16 11:0.14
s:month 1:-0.17 5:0.41 6:0.21 7:-0.14 11:0.11 13:-0.12
s:more 7:0.19 9:0.24 11:0.12 12:0.14
s:morn 2:-0.11 5:-0.18 6:0.1 7:0.19
s:most 0:0.18 5:0.17 6:-0.11 8:0.12 9:0.15
s:mot 4:0.16 5:-0.12 11:0.15
s:mother 1:0.13
s:moved 0:0.11 5:-0.13 9:0.11 13:-0.19
s:much 4:-0.2 6:0.17
s:mum 1:0.16 8:0.11
s:music 0:0.25 7:-0.17
s:must 2:0.12
s:musty 3:0.24 10:0.23
s:muy 1:0.11
s:my 0:-0.12 2:0.1 3:-0.35 5:0.16 8:0.12 9:0.25 11:0.12
s:myself 4:0.16 9:-0.11 11:-0.11
s:mystery 10:-0.11
s:n 0:0.18 2:0.17 5:0.25 12:-0.15
s:name 0:0.11 1:0.13 2:-0.13 4:-0.12 5:-0.2 8:0.15 13:0.18
s:nasty 4:-0.11
s:near 2:0.17 6:-0.1 12:-0.18
s:neat 5:0.13
s:need 0:-0.16 2:0.26 4:-0.13 5:0.2 8:0.1 9:0.31 10:-0.22 12:0.15
s:neighbour 5:0.12
s:never 2:-0.15 3:-0.18 4:-0.15 5:0.1 6:0.17 7:0.12 8:0.19 10:0.15 12:0.19 13:-0.11
s:new 0:0.22 1:-0.42 2:0.26 3:-0.18 4:-0.13 5:0.39 6:-0.27 7:0.19 9:-0.12 10:0.23 11:-0.11 13:0.23
s:next 0:0.29 2:-0.12 4:-0.1 7:0.22 9:0.14 11:0.11 13:0.12
s:nhs 4:0.11
s:nice 0:-0.17 1:0.21 5:-0.22 8:0.1 12:0.11 13:-0.15
s:night 5:0.23 7:0.17 11:-0.16
s:nightmare 4:-0.1 5:0.11
s:nine 1:-0.11 2:0.16 7:-0.11
s:no 0:0.25 1:-0.36 2:0.13 6:0.12 9:-0.14 10:0.1 11:0.2 13:-0.18
s:nobody 2:-0.16 4:-0.17 5:0.14 6:0.36 13:-0.7
s:normal 1:0.11 7:0.12
s:not 0:-0.1 1:0.34 5:0.13 7:0.17 8:-0.15 9:-0.18 11:-0.1 12:0.22
s:note 0:0.12 12:0.1 13:0.12
s:noth 1:-0.17 3:-0.2 4:0.1 7:-0.23 9:-0.13 13:-0.36
s:nothing 2:-0.11
s:notic 0:-0.11 2:0.23 5:-0.13 6:-0.18 10:0.19
s:notice 5:-0.12
s:noticeab 6:-0.1
s:now 0:0.29 1:-0.14 4:0.12 6:0.23 10:0.15 11:-0.22 13:0.34
s:nowhere 0:-0.11
s:number 0:0.25 6:0.12 7:-0.14
s:nurs 1:0.13
s:nurse 1:0.24 2:0.11 5:-0.12 8:0.17
s:nuts 2:0.1
s:odds 11:0.11
s:of 3:0.15 5:-0.11 8:-0.2 10:-0.11
s:off 1:-0.2 2:-0.11 4:0.18 5:-0.24 6:-0.13 9:-0.15 10:0.15 12:-0.3
s:offer 7:0.11
s:office 4:-0.16 5:-0.36 7:-0.12 13:-0.15
s:officer 1:-0.12
s:often 5:0.17 6:0.15 12:0.15
s:oh 12:-0.12 13:-0.12
s:ok 3:-0.17
s:old 0:-0.23 2:0.34 3:0.11 5:-0.15 6:-0.29 7:0.12 8:0.11 11:0.13 12:0.1
s:older 1:0.24 2:-0.22 6:0.11
s:on 0:0.21 1:0.14 5:0.11 7:-0.12 12:0.17
s:once 0:-0.11 1:0.11 4:-0.18 7:0.2 8:0.21 9:0.21 10:-0.1
s:one 0:0.18 1:-0.19 5:0.26 6:0.22 7:-0.17 9:0.16 13:-0.18
s:ones 0:-0.15 8:0.15
s:online 4:0.1 6:0.23 7:0.11 11:-0.13 13:0.18
s:only 0:0.16 4:0.19 5:0.27 6:0.12 7:-0.17 8:0.1 11:-0.13 12:-0.12
s:open 1:-0.13 3:-0.13 4:-0.1 5:-0.28 6:-0.12
s:operation 6:0.12
s:opinion 5:-0.1
s:optician 1:-0.24 2:0.19 13:0.19
s:option 2:0.13 5:0.11 6:0.15 7:0.11 13:0.11
s:or 0:0.17 10:-0.12
s:order 0:0.26 2:-0.22 5:0.52 12:-0.14 13:-0.2
s:other 7:0.14 9:0.23 10:-0.12 11:0.12
s:otherwise 9:0.1
s:our 0:0.19 1:0.19 5:0.11 8:0.15 10:-0.14
s:out 2:0.14 5:-0.1 6:0.21 7:0.11 11:-0.23 12:-0.13 13:-0.27
s:outside 1:-0.14
s:over 0:-0.12 1:0.14 3:0.15 9:0.16 10:-0.14 12:-0.12 13:0.12
s:overdraft 4:0.14
s:overflow 3:0.19 5:-0.22 10:-0.12
s:overpric 3:-0.13 4:0.18 11:-0.23 12:-0.26
s:own 0:-0.12 5:0.23 12:0.11
s:owner 4:0.14 5:0.17
s:p 0:-0.21 3:-0.1 4:0.16 5:0.14 6:-0.11 11:-0.29 12:-0.1
s:page 0:-0.1 6:0.29
s:paid 0:0.11 3:-0.15 4:0.13 7:-0.11 9:0.11
s:pain 2:0.14
s:paint 2:0.2 3:-0.19
s:pair 5:-0.12
s:par 4:0.1 5:0.13 12:0.13
s:parcel 5:0.4 6:0.12 7:0.1 12:-0.16
s:parent 3:0.12
s:parish 2:0.12
s:park 0:-0.19 2:-0.15 11:-0.22
s:part 13:0.14
s:participant 1:-0.23 4:0.11 5:-0.16 12:0.18
s:pass 0:0.13
s:past 0:0.19 6:-0.19
s:pasty 3:-0.15 5:0.18 12:-0.16
s:patch 3:0.14
s:patient 0:0.15 4:-0.16 5:-0.24 6:-0.1 8:0.19 13:-0.13
s:pay 2:-0.13 5:0.13 11:0.25
s:paying 5:0.16
s:penny 4:0.22 11:0.21
s:people 0:0.12 1:0.11 7:-0.17 8:0.17 9:-0.13 10:-0.15 11:-0.1 12:0.19 13:-0.11
s:perfect 5:0.57 12:0.36
s:person 7:-0.13
s:personal 5:-0.12
s:pet 1:-0.17 2:0.21
s:pharmacist 0:-0.13 2:0.47 4:-0.1 5:-0.16 9:0.34
s:pharmacy 0:0.24 6:-0.13
s:phon 6:-0.11 9:0.11
s:phone 1:0.25 2:0.29 3:-0.23 4:-0.22 5:-0.22 6:-0.15 8:-0.19 9:-0.25 12:-0.22 13:-0.27
s:photo 1:-0.16 2:0.11 4:-0.16 5:0.17 6:0.3 9:0.15 12:0.11 13:0.24
s:physio 5:0.29 6:0.14 12:0.22
s:pick 6:-0.11
s:pies 3:-0.12
s:pilot 6:0.17
s:pint 5:0.13
s:pizza 5:0.24
s:place 1:-0.11 2:0.11 3:0.19 6:-0.28 10:0.12 11:0.25
s:plain 13:0.16
s:plann 7:-0.15
s:plaster 3:0.2 10:-0.1
s:plastic 5:0.12
s:platform 2:0.11 6:0.12
s:play 1:-0.15 11:0.1
s:plumber 5:-0.12 7:-0.13
s:pm 0:0.21 2:-0.11 5:0.17
s:point 2:0.14 4:0.11 5:0.14 6:-0.2 11:-0.29
s:policy 2:0.12
s:polish 0:-0.16
s:polite 1:0.31 6:0.11 8:0.1
s:pool 1:0.1 6:0.21 12:-0.11 13:-0.11
s:popp 0:-0.12
s:porter 8:0.12
s:portion 5:0.14
s:positive 2:0.16 9:0.12
s:post 2:-0.12 3:-0.13 4:-0.11 12:0.12
s:postage 4:0.11
s:pothole 0:0.25
s:pound 4:0.32
s:ppl 11:0.14
s:practice 4:0.15 11:-0.11
s:prais 0:0.11 2:0.11 3:0.14 4:0.13 12:0.14 13:0.14
s:premium 5:0.12
s:prescrib 2:0.14
s:prescription 2:0.2 5:-0.13 6:-0.11 9:-0.15
s:price 0:-0.18 2:-0.18 4:0.84 8:0.1 10:0.13 11:0.15 12:0.17 13:-0.17
s:priceless 1:-0.15 5:0.12
s:pricey 4:0.1 11:-0.11
s:print 1:0.17 4:0.17
s:private 2:0.25 4:0.17
s:privilege 11:-0.11
s:probab 5:0.1
s:problem 9:0.15 12:-0.11
s:product 1:0.21
s:promis 2:0.11 5:0.12 12:0.1
s:promotion 6:-0.12
s:proper 0:-0.14 1:0.16 4:-0.1 5:0.26 12:0.38
s:provider 5:0.11 7:0.11
s:pub 8:0.18
s:puddle 3:-0.2 5:0.14 12:-0.12
s:pull 1:0.13 8:-0.1
s:push 1:0.12
s:pushchair 5:0.15
s:quality 4:-0.12 5:0.14
s:quarter 0:0.1
s:question 2:0.17 5:-0.24 6:-0.11
s:queu 0:0.14 1:-0.13 2:0.13 6:-0.24
s:queue 0:0.79 2:-0.16 5:-0.17 7:-0.32 8:0.14
s:quick 0:0.46 1:-0.13 4:-0.12 5:-0.15 6:-0.14 7:0.27 9:0.15
s:quid 2:0.16 4:0.15 9:0.12 12:-0.15
s:quiet 3:-0.1 5:-0.1
s:quot 3:0.15 4:0.13 11:0.15 12:0.13
s:quote 4:0.16 6:0.11
s:rack 5:-0.1
s:rain 5:0.12
s:ran 4:-0.11
s:rang 1:0.2 5:-0.3 6:0.23 7:0.15 8:0.11 13:0.18
s:rank 5:0.13 12:-0.15
s:rare 7:0.11
s:rash 2:0.15 9:0.13
s:rate 4:0.14 6:0.1 13:-0.12
s:rated 6:-0.11
s:rather 0:0.12 5:-0.15
s:rave 5:0.18
s:read 2:0.23 9:-0.26 12:-0.1
s:ready 1:-0.16 2:-0.13 6:0.25
s:real 2:0.19 4:0.19 6:0.17 11:-0.25 12:-0.14 13:-0.28
s:realtor 0:-0.11
s:reason 2:-0.11
s:reasonable 4:0.2 11:0.22
s:reassur 2:0.26 9:-0.22
s:receipt 6:-0.11
s:reception 0:-0.1 1:0.15 8:-0.21
s:receptionist 0:-0.11 1:0.54 4:-0.12 5:-0.15 8:-0.29
s:reckon 2:0.13 5:-0.14
s:recommend 2:0.29 5:0.15
s:record 0:0.13 7:-0.16
s:recycl 0:0.11
s:reference 6:-0.1
s:regular 6:-0.21 8:-0.22 11:-0.11 13:-0.14
s:relative 12:0.1
s:remain 5:0.1
s:remember 1:0.21 2:-0.12 6:-0.11 8:0.22 12:0.13
s:removal 6:0.13
s:repair 0:0.11 2:-0.15 5:0.15 6:0.23
s:repeat 5:-0.11
s:replac 6:-0.11
s:replacement 0:0.11 5:0.16 7:0.12
s:reply 0:-0.13 4:-0.13 6:0.19 13:-0.12
s:report 0:0.3 2:-0.1 7:-0.1 13:-0.1
s:reserv 6:0.11
s:resident 0:-0.16 5:0.14
s:restaurant 1:0.11 5:0.17 8:0.11 12:-0.1
s:return 0:0.17 2:-0.16 4:0.15 5:0.11 6:0.12 12:-0.15
s:review 0:-0.12 3:0.14 12:0.15
s:right 1:-0.14 2:0.45 4:-0.13 6:-0.21
s:ring 6:0.54 7:-0.15 12:-0.12 13:-0.31
s:rip 4:0.11 11:-0.14
s:rise 6:0.14 13:-0.11
s:road 0:0.17 1:-0.26 5:0.19 12:-0.12
s:roast 5:0.15
s:robbery 0:-0.15 11:-0.11
s:roll 3:0.16 6:-0.1 8:-0.1
s:rong 5:-0.12
s:roof 2:0.14 4:-0.11
s:room 0:-0.23 1:-0.18 3:0.76 4:-0.15 5:-0.16 10:0.16 12:-0.25
s:rota 1:-0.13 2:-0.13 6:-0.18
s:round 1:0.12 5:-0.13 7:0.1 11:0.12
s:router 2:0.19
s:rubbery 8:0.12
s:rubbish 1:-0.14 5:0.23 12:-0.19
s:rude 1:0.38 2:-0.2 3:-0.13 4:-0.17 5:-0.44 6:-0.14 8:-0.41
s:run 2:-0.14
s:runn 1:0.19 5:0.13 6:0.15
s:rush 1:0.29 2:-0.2 6:0.15
s:s 4:0.13 5:0.27 11:-0.11
s:said 1:-0.11 2:0.24 6:0.34 7:0.15 8:-0.17 9:-0.27 12:-0.2 13:-0.27
s:sale 5:0.26 12:0.14
s:same 2:-0.13 6:0.17 10:-0.16 13:-0.16
s:sandwich 12:0.13
s:sat 1:0.1 6:0.21 13:-0.18
s:saturday 0:0.33 4:-0.11 5:-0.1 7:-0.2
s:sauce 1:0.1
s:saved 1:-0.13 2:0.35 9:0.25 11:0.14
s:saving 4:-0.11
s:saw 2:0.1 6:-0.12
s:say 0:0.17 2:-0.25 3:0.14 5:-0.21
s:saying 0:0.19 3:0.13 7:-0.16 13:-0.15
s:says 7:-0.14 13:-0.12
s:scale 0:-0.11
s:scan 2:0.1
s:scanner 6:0.16
s:scheme 6:-0.11
s:scone 5:0.3 12:-0.14
s:scratch 5:0.17
s:screen 0:0.13 5:0.21 6:0.17
s:sea 0:0.11
s:seat 3:0.28 5:-0.19 10:-0.13
s:second 2:0.18 5:-0.11 6:-0.13
s:security 1:0.12
s:see 2:-0.12 10:-0.18
s:seed 5:0.2 12:0.15
s:seem 2:0.19 9:-0.22
s:seen 0:0.19 1:0.15
s:sehr 0:0.16
s:self 0:0.19
s:sell 0:-0.23 1:-0.21 2:0.14 5:0.18 6:-0.16
s:send 6:0.18
s:sent 4:-0.16 6:0.28
s:separate 1:0.12
s:serv 0:0.19 1:0.13 5:0.13 7:-0.18 8:-0.19
s:service 0:0.15 2:-0.1 3:-0.1 4:0.24 5:0.17 7:-0.11 11:-0.17 12:0.24
s:session 12:0.16
s:seven 0:0.1
s:several 1:0.13 3:0.13 4:0.21 8:0.13 9:0.17 11:-0.14
s:shak 1:0.1
s:shame 0:0.11 1:0.12
s:shampoo 2:0.11 5:-0.1
s:sharp 8:-0.11
s:she 1:0.17 2:0.35 7:0.12 8:0.11 11:0.1 12:0.2
s:shed 1:0.15
s:sheet 3:0.1
s:shelve 0:-0.11
s:shift 1:-0.18 5:0.1 6:-0.13 12:-0.15
s:shirt 2:-0.12
s:shock 5:-0.2
s:shoe 5:0.19
s:shop 0:-0.26 2:0.23 6:-0.13 12:0.11
s:shopp 0:-0.12
s:shopper 10:-0.12
s:short 0:0.13 4:-0.1 12:0.13
s:shot 5:0.1
s:should 2:0.14 5:-0.11 9:-0.19
s:shout 0:-0.12 1:0.11
s:show 0:-0.27 2:-0.12 6:0.23 9:0.13 13:0.21
s:shower 3:0.12 10:-0.14 11:0.1
s:side 5:0.15 9:0.12
s:sigh 0:-0.11 1:0.18 5:0.12 8:-0.12
s:sign 5:0.22 12:-0.16
s:simp 5:0.14
s:since 0:0.19 5:0.19 7:0.23 10:0.22 13:-0.1
s:single 0:-0.13 6:0.21 13:-0.14
s:sink 11:-0.12
s:sit 4:0.1
s:site 0:0.12 1:0.15 7:0.11
s:sitt 6:0.14
s:six 1:0.14 5:0.24 7:-0.14
s:skirt 11:-0.15
s:sleep 5:0.32
s:sleeve 10:-0.13
s:slot 1:0.12
s:slow 0:0.15 7:-0.1 9:0.14 11:0.11
s:small 4:0.13 11:-0.11
s:smell 2:-0.2 3:0.6 5:-0.13 6:-0.16 10:-0.2 12:0.11
s:smelt 3:0.13
s:smile 8:-0.28
s:snapp 4:-0.14 5:0.15
s:so 0:-0.23 1:-0.22 2:-0.12 3:-0.1 6:0.28 7:-0.17 8:0.11 10:-0.22 11:-0.14 12:-0.17
s:society 2:0.17 4:0.12 5:-0.1
s:sofa 0:-0.13 3:0.19
s:soggy 5:0.13 12:-0.11
s:solid 3:0.1
s:some 4:0.16 6:-0.12 8:-0.19
s:somebody 1:0.15
s:someone 0:-0.12 1:-0.15 2:0.19 3:0.31 9:-0.13 10:-0.18
s:somewhere 2:0.14 12:-0.1
s:sons 5:0.11
s:sort 0:0.26 2:0.21 7:0.19 9:0.18
s:sound 1:0.12 8:0.11 12:0.19
s:sourdough 1:0.11 5:0.11
s:spa 4:0.11 5:0.11
s:spacer 1:-0.13 2:0.12
s:spaniel 1:-0.12
s:spare 0:-0.15
s:sparky 5:0.11
s:speak 1:0.12
s:specialist 0:0.1 2:0.21 9:-0.13
s:speck 10:0.11
s:speed 5:0.23
s:speedy 0:0.12
s:spend 1:0.11
s:spent 6:-0.11 7:-0.11
s:spin 5:0.12
s:split 2:0.14
s:spoke 1:0.15 8:0.11
s:spoken 0:-0.12 1:0.17
s:spot 0:-0.11 9:0.11
s:spotless 1:-0.1 3:0.55 9:0.15 10:0.62
s:spott 2:0.35 5:-0.15 9:0.28 10:0.1
s:spring 5:0.11
s:squat 2:0.11
s:st 5:-0.11
s:staf 1:0.15
s:staff 1:0.5 2:0.19 3:-0.11 5:-0.22 6:-0.14 8:0.13
s:stage 13:0.12
s:stain 2:-0.13 5:0.3 12:0.15
s:stale 5:0.2 12:-0.11
s:stand 0:0.21 5:-0.15 7:0.11
s:star 0:0.11 1:0.17 5:0.2 12:0.15
s:start 2:-0.19 3:0.18 5:0.1 6:0.2 7:-0.27 9:-0.12 13:0.18
s:starter 2:0.15 9:-0.11
s:state 10:-0.12
s:statement 1:0.16
s:station 3:0.11
s:stay 0:-0.15 4:0.1
s:steal 4:0.16 11:-0.12
s:steep 11:-0.11
s:steer 3:0.19 5:-0.1
s:stellar 10:-0.13
s:step 2:-0.11 6:0.3 13:0.28
s:sticky 3:0.32 4:-0.13 10:-0.25
s:still 0:0.18 5:0.1 7:-0.13 9:-0.27 10:-0.12 11:-0.1 12:-0.13 13:-0.2
s:stood 0:0.21
s:stopp 1:0.11 2:0.1 6:0.2 13:0.19
s:story 0:0.11 5:0.19 12:0.21
s:straight 2:0.15 7:0.12 8:0.11 9:0.23
s:straw 1:-0.16 3:0.14
s:street 6:0.15 11:-0.14
s:stress 2:0.12
s:stuck 0:-0.1 10:-0.29
s:stuff 2:0.24 9:0.22
s:stylist 5:0.17
s:such 1:0.14 5:-0.11
s:suggest 2:0.1
s:suit 3:-0.11
s:summary 0:-0.16 5:-0.13 13:0.13
s:sunday 0:-0.18 6:0.1
s:super 5:0.12 12:0.11
s:superb 7:0.24
s:supermarket 1:0.1 6:-0.13 12:0.11
s:supervisor 1:0.16
s:supplement 2:0.15
s:supposed 1:0.12
s:sure 0:-0.23
s:surface 0:0.11 5:0.1
s:surgery 0:0.15 3:0.26 5:-0.21 9:0.12 10:0.23
s:sweetheart 5:-0.13
s:swept 3:0.12 5:-0.11
s:switch 5:-0.1
s:system 1:-0.24 7:0.13 12:-0.12
s:ta 0:0.11 7:0.11 10:0.34
s:table 1:0.14 2:0.1 3:0.43 4:-0.11 5:-0.27 6:-0.12 7:0.1 10:-0.32
s:tablet 2:0.18 7:0.11
s:take 0:0.26 2:0.16 3:-0.12 7:-0.27
s:takeaway 4:0.27 5:-0.25
s:taking 1:-0.12 7:-0.13
s:talk 1:0.22 2:0.14 5:-0.15 8:-0.24 9:0.14 13:0.15
s:tap 0:-0.13 5:0.14
s:tast 5:0.13
s:taste 3:-0.1 5:0.35 12:-0.21
s:tax 2:0.11 4:-0.16
s:tbh 5:0.26 12:-0.17
s:tea 12:-0.12
s:teach 1:0.11
s:team 4:-0.11
s:teeth 1:0.15
s:tell 0:0.14 1:-0.22 2:0.17 5:-0.13 6:0.51 13:-0.13
s:ten 0:0.13 1:-0.17 5:-0.15 6:-0.16 7:0.28 11:-0.13
s:tenner 2:-0.1 11:0.35
s:test 9:0.11
s:text 0:-0.34 2:-0.25 3:-0.18 4:-0.15 5:-0.29 6:0.85 13:0.44
s:than 0:0.24 4:0.19 6:-0.11 9:0.27 10:0.2 12:0.14
s:thank 0:-0.13 4:-0.15 5:-0.15 13:-0.18
s:that 0:-0.13 1:0.11 2:0.17 3:-0.15 4:0.26 6:0.2 7:0.12 8:0.22 9:0.13 10:0.1 11:0.16 12:-0.18 13:-0.14
s:the 0:-0.29 1:-0.37 3:-0.33 4:-0.36 5:-0.12 7:-0.19 8:0.12 10:-0.21
s:their 1:0.21 2:-0.17 4:-0.19 5:-0.16 6:0.19 8:-0.26 9:0.22
s:them 0:-0.26 1:0.31 3:0.31 5:0.15 6:0.36 7:-0.23 8:0.13
s:then 0:0.11 1:0.14 3:0.11 4:0.18 5:-0.11 11:-0.23 13:-0.16
s:there 0:0.18 1:0.13 2:-0.11 5:0.17 6:-0.15 10:-0.2 12:-0.18 13:-0.12
s:they 0:0.32 7:0.19 9:-0.19 13:0.1
s:theyd 2:-0.1 6:0.14
s:theyre 1:0.1 11:-0.13
s:theyve 1:-0.16
s:thing 4:0.17 5:-0.11 6:-0.14 7:0.1 8:-0.14
s:think 3:-0.11 4:0.33 5:0.13 10:-0.12
s:thinner 5:-0.11
s:third 5:0.1
s:this 5:-0.32 7:0.17 10:0.15 13:-0.14
s:tho 5:0.13
s:thorough 13:-0.1
s:those 0:0.15 5:0.15
s:though 0:0.49 1:0.31 2:0.2 3:0.13 4:0.14 8:0.23 10:-0.11
s:thought 2:0.17
s:thousand 2:0.1
s:three 1:-0.13 2:0.13 4:0.14 5:0.32 7:0.15 9:-0.2 13:-0.36
s:thrill 5:0.11 12:0.11
s:through 0:0.15 6:0.15 9:0.21 13:0.33
s:thursday 0:0.27 5:-0.13 7:-0.23
s:ticket 0:0.19 1:0.14 4:0.11 7:-0.15
s:tico 5:0.14
s:tidy 3:0.18 10:0.21
s:tile 9:0.11
s:till 2:-0.12 5:-0.12 7:-0.24
s:time 0:0.16 1:0.22 3:-0.11 5:0.19 6:0.28 8:-0.1 13:-0.23
s:tip 3:0.28 5:-0.15 10:-0.23
s:to 1:0.1 2:0.12 3:-0.18 5:-0.27 8:-0.47 9:-0.16 10:-0.31 12:-0.11 13:-0.1
s:toast 11:-0.1
s:toddler 1:-0.11
s:together 2:0.13
s:toilet 0:-0.18 2:-0.16 3:0.6 10:-0.26
s:told 0:-0.12 1:-0.22 2:0.55 3:-0.28 4:-0.22 6:0.18 7:-0.34 9:-0.36 13:-0.42
s:tomorrow 1:0.13
s:too 1:0.39 2:-0.15 4:0.11 5:0.16 6:0.16 12:0.12 13:-0.14
s:took 0:0.49 1:0.35 5:0.29 7:-0.22 8:0.25 9:0.18
s:top 6:0.14
s:total 1:0.11 5:-0.17 8:-0.12
s:touch 0:-0.15 3:0.15
s:towel 4:0.12 11:-0.11
s:town 1:0.23 4:0.34 11:0.29 12:0.18
s:tr 4:0.16 5:0.18 11:-0.11
s:track 6:0.15 13:-0.13
s:trade 9:0.1 11:0.13
s:train 1:-0.13 2:0.29 5:-0.19 11:-0.3
s:transferr 5:0.17
s:treadmill 5:0.11
s:treat 8:-0.17
s:treatment 4:0.12 11:-0.2
s:tried 2:0.1 5:0.22
s:trip 0:-0.11
s:trolley 0:0.23 3:0.19
s:trop 4:0.18 5:0.12 11:-0.12 12:0.13
s:truth 5:0.12
s:try 1:0.14 8:0.11
s:trying 1:0.12
s:tuesday 2:-0.16 7:-0.16 13:-0.17
s:turn 0:0.12 2:0.16 6:0.32
s:tv 0:-0.15
s:twenty 0:0.23
s:twice 11:-0.11 12:-0.15
s:two 0:0.36 2:0.24 3:-0.13 4:0.14 6:0.11 10:0.11 11:0.26
s:tyre 1:-0.13 2:0.26 11:0.11
s:u 11:0.14
s:under 0:-0.16 1:-0.15 3:0.27 10:-0.14 11:0.12 13:0.11
s:understood 6:0.21 13:0.23
s:unhelpful 1:0.11
s:uniform 5:-0.14
s:unreal 0:0.14 5:0.13 11:0.4
s:until 0:0.11 5:0.13 6:0.17 7:-0.14
s:up 0:0.15 2:-0.14 3:0.13 4:-0.15 7:-0.33 8:-0.15 9:0.13 10:0.25 11:-0.14 12:0.19 13:-0.15
s:updat 6:0.13
s:update 1:-0.13 3:-0.11 6:0.36
s:upgrade 5:0.14 6:0.14
s:upsell 1:0.15
s:us 1:0.21 3:-0.23 8:0.13
s:use 2:0.22
s:used 5:-0.15 10:-0.11
s:using 2:0.17 5:-0.12
s:valet 4:0.14
s:valu 11:0.12
s:value 4:0.47 11:0.31
s:van 0:0.22 5:-0.11 7:0.14
s:vegan 12:-0.13
s:vegetarian 2:0.12
s:very 2:0.2 5:0.11 8:0.1
s:vet 0:-0.19 1:0.17 2:0.23 8:0.16 12:0.11
s:view 3:-0.16 5:-0.13
s:visit 0:0.12 2:0.15 5:-0.14 7:0.27 9:-0.1
s:vivaldi 0:0.14 7:-0.11
s:wait 0:0.78 1:-0.39 2:-0.17 4:-0.36 5:-0.24 7:-0.14 9:0.11 12:0.32
s:waitd 0:0.1
s:waiter 1:0.24 5:0.22 10:-0.12 12:-0.11
s:walk 1:0.14 5:-0.12
s:wall 2:0.11
s:want 0:0.15 1:0.13 2:-0.1 11:0.13
s:warden 1:0.29 8:-0.18
s:warm 1:0.13 4:0.12 5:0.1 8:0.12 12:0.13
s:warn 5:0.13
s:warranty 2:0.13 3:-0.11
s:was 1:0.33 3:-0.19 5:0.13 6:0.11 8:0.24 9:-0.1 10:0.15 12:-0.18
s:wash 0:-0.27 4:-0.13 5:0.16 12:-0.18
s:washer 3:0.12 5:-0.13
s:wasnt 0:0.11 6:0.13 9:-0.12 12:-0.15 13:-0.14
s:water 0:-0.14 1:0.23 2:0.2 5:-0.22 6:-0.14 11:-0.18
s:way 0:-0.1 5:-0.22 6:0.12 8:0.1 13:0.13
s:we 1:0.15 2:-0.19 4:0.2 5:-0.23 10:0.32 11:-0.14
s:wear 1:-0.22 5:0.12
s:website 5:-0.13 7:-0.1 13:-0.25
s:wed 6:0.23 13:-0.13
s:wedd 1:0.21 2:-0.15
s:wednesday 5:0.13
s:week 0:0.58 1:-0.27 3:0.15 4:-0.24 6:0.2 7:-0.36 9:-0.11 12:-0.13 13:-0.22
s:weekend 13:0.12
s:welcom 8:-0.44
s:welcome 1:0.16
s:well 0:-0.19 1:-0.14 3:-0.11 5:0.25 6:0.11 12:0.29
s:went 4:-0.34 5:-0.13 9:-0.16 10:-0.17 13:0.12
s:were 1:-0.1 3:0.1 4:0.15 5:0.11 6:0.28 7:-0.23 8:0.25 10:-0.13 12:-0.22
s:werent 5:0.13 12:-0.19
s:wet 3:0.21 10:-0.13
s:weve 0:-0.13 10:-0.1 13:-0.11
s:what 0:-0.11 1:-0.37 4:0.22 6:0.41 7:-0.11 9:-0.15 13:0.41
s:whatever 5:0.13
s:wheel 5:0.15
s:wheelchair 8:0.13
s:when 1:0.44 4:0.21 5:0.25 6:0.2 8:-0.16 9:-0.15 11:-0.29 12:-0.22 13:-0.24
s:where 0:-0.12 4:-0.12 9:-0.1 11:0.1 12:0.11 13:0.2
s:whether 0:-0.27 1:-0.27 2:0.27 5:-0.39 10:-0.12 13:-0.14
s:which 2:0.46 5:-0.14 7:0.22 8:0.18 10:0.13 13:0.11
s:while 1:0.13 5:-0.19 7:0.23 13:0.12
s:white 2:-0.11 5:0.11
s:who 1:0.27 2:0.3 7:-0.11 9:-0.23 10:-0.17 12:0.2
s:whole 2:0.11 5:-0.22
s:why 0:0.28 4:-0.14 6:0.42
s:wifi 2:0.1 5:0.32 6:-0.14 9:-0.11
s:will 0:-0.12 5:-0.11
s:window 1:-0.11 5:0.2 7:0.16 9:-0.11 13:0.11
s:wine 5:0.23 12:0.1
s:winter 5:0.12 12:0.12
s:wipe 3:0.13
s:wiped 3:0.17 5:-0.13
s:with 1:0.52 4:0.18 6:0.24 8:0.14 9:0.1 10:-0.19 11:0.15
s:within 0:0.11 2:0.17 7:0.31 12:-0.15 13:0.12
s:without 2:0.32 6:0.28 7:0.12 9:0.11
s:woman 1:0.31
s:wonder 4:-0.13
s:wonderful 13:-0.12
s:wont 1:-0.15 5:0.3 9:-0.12 12:-0.13
s:work 1:-0.24 2:0.37 4:-0.17 6:-0.12 7:-0.12 9:-0.29
s:worn 2:0.15 6:0.1 9:0.17
s:worst 1:-0.14
s:worth 3:-0.22 4:0.22 5:0.21 12:0.11
s:wot 2:0.17 3:0.16 10:-0.16
s:would 1:-0.29 4:-0.1 6:0.18 7:0.14 10:-0.16 13:-0.14
s:wouldnt 8:-0.16
s:wow 0:0.15 7:-0.17
s:writ 5:-0.1
s:write 6:-0.12
s:written 2:0.11
s:wrong 2:0.51 3:-0.1 5:-0.12 9:-0.25 13:-0.22
s:x 1:0.1 8:0.19
s:year 2:0.29 3:-0.11 9:0.18 12:0.14
s:yes 2:0.25 9:-0.15
s:yesterday 5:0.16 12:-0.15
s:you 0:-0.2 4:0.12 5:-0.22 10:0.26 11:0.11 12:-0.15
s:youd 1:-0.13
s:your 3:0.17 6:-0.2 10:0.26
s:youre 1:0.16 8:-0.13
s:zero 10:0.18
s:£ 0:-0.19 1:-0.12 2:-0.15 3:-0.11 4:1.86 6:0.29 7:0.19 10:0.15 11:-0.59 13:-0.11
s:€ 4:0.18 5:0.17 11:-0.11 12:0.15
u:! 2:-0.28 6:-0.17 7:0.15 10:0.38 12:0.31
u:$ 4:0.11 8:-0.11
u:% 4:0.13
u:02 0:0.11
u:1 7:0.16
u:10 0:0.11 1:-0.18 2:-0.12 4:-0.11 11:0.12
u:12 0:0.36 2:-0.12 6:-0.11 7:-0.12 11:-0.19 12:-0.14
u:14 3:0.11 5:0.15
u:140 5:0.15
u:15 2:0.12 3:0.12 4:0.12 11:0.1
u:18 4:0.11 6:0.13
u:19 6:0.1
u:2 0:0.18 4:-0.12 6:-0.23 7:-0.12 13:0.13
u:20 0:0.26 3:-0.11 6:0.1
u:22 6:0.16 11:-0.13
u:24 0:-0.18
u:25 0:0.15
u:3 0:0.35 3:-0.12 4:-0.1 6:-0.14 7:-0.13 9:-0.2 12:-0.13
u:30 5:-0.16 13:0.12
u:31 7:-0.11
u:35 0:0.11
u:38 3:0.13 12:-0.22
u:4 0:0.12 3:-0.2
u:40 12:-0.15 13:-0.14
u:45 0:0.21 4:0.23 5:-0.11 11:-0.27
u:47 0:0.11
u:48 4:0.19 5:0.16 11:-0.12 12:0.12
u:49 5:0.11
u:5 7:-0.11
u:50 0:0.18 4:0.11 6:0.18 7:-0.2 13:-0.14
u:55 0:0.13
u:6 0:0.13 6:0.19
u:7 0:0.22 5:0.12
u:70 4:0.11
u:8 0:0.17 6:-0.17 7:-0.29
u:80 4:0.1
u:800 4:-0.11
u:9 4:0.13 10:0.11
u:95 5:0.17
u:99 0:0.13 1:0.11 4:0.16 5:-0.1
u:? 1:-0.19 2:-0.13 5:-0.32 7:-0.14 13:-0.11
u:a 1:-0.19 2:-0.15 3:-0.11 4:0.18 8:-0.18 9:0.2 10:-0.28 11:-0.16 12:-0.13 13:-0.13
u:about 1:0.1 4:-0.28 5:-0.19 6:0.17 8:0.11 10:0.23
u:absolute 1:0.1
u:account 0:0.14 6:0.2
u:acted 1:0.18 8:-0.13
u:actually 5:0.18 6:0.28 8:0.14 9:0.13 11:0.13 12:0.3 13:0.49
u:add 6:-0.1
u:adds 4:0.12
u:advice 0:-0.12 1:-0.1 2:0.46 9:-0.11
u:adviser 0:-0.13 9:-0.11
u:advisers 2:0.13
u:advisor 2:0.15
u:after 1:0.16 2:-0.16 5:0.33 6:0.26 9:0.12 11:-0.13 12:-0.15
u:afterwards 1:0.14
u:again 5:0.41 11:0.15
u:agent 3:-0.11 5:-0.11 6:0.13 9:-0.1 13:-0.22
u:agents 1:0.11
u:ages 0:0.23 7:-0.17
u:ago 6:0.12
u:agree 5:-0.12
u:agreed 0:-0.16 5:0.18
u:ahead 0:0.17
u:all 2:0.12 3:0.16 4:-0.12 12:-0.11 13:0.24
u:allowance 2:0.13 9:-0.13
u:almost 6:-0.1
u:already 4:0.14 5:0.16 6:0.24 13:-0.19
u:also 2:0.12 7:-0.11
u:always 3:0.18 6:0.15 8:0.1 10:0.17
u:am 0:0.1 1:0.11
u:amazing 12:-0.11
u:ambulance 1:0.11
u:amount 5:-0.15
u:an 0:0.17 2:0.19 4:0.2 5:-0.24 6:0.13
u:and 0:0.21 1:0.33 2:0.3 3:0.17 4:0.14 5:0.28 6:0.11 8:0.11 9:0.22 11:0.36 13:0.36
u:annoyed 2:0.11 6:-0.11
u:another 1:-0.17 3:-0.14 5:0.22 12:-0.16 13:-0.11
u:answer 2:0.48 5:-0.25 6:-0.29 9:0.12
u:answered 5:-0.1 8:0.15
u:answers 2:0.14
u:any 2:0.19 5:-0.27 6:-0.14
u:anyone 4:-0.1 5:-0.15 6:0.12 10:0.13
u:anything 2:0.15 5:0.12 6:0.14 9:0.22 12:0.14 13:0.17
u:anywhere 5:0.12 7:0.12 11:0.11
u:apart 4:-0.11
u:apologise 1:-0.15
u:apologising 1:-0.13 5:0.16
u:app 2:-0.16 5:0.28 6:0.26
u:appointment 9:0.15 13:-0.16
u:appointments 1:-0.11 6:0.12
u:appreciate 1:-0.11
u:appreciated 6:0.23 13:-0.21
u:apps 5:0.12 12:-0.13
u:archive 2:0.12
u:are 5:0.33 10:-0.19 11:-0.13
u:area 3:0.17
u:around 6:0.1
u:arrived 0:0.22 1:0.11 5:0.22 6:0.16 7:0.26 12:-0.22
u:as 1:0.36 4:0.18 7:-0.15 8:-0.32 11:0.13 13:0.18
u:ask 0:-0.25 2:0.18 3:-0.12 6:-0.19 8:-0.13 9:-0.35 11:0.1
u:asked 0:-0.17 1:0.13 2:0.32 3:-0.26 4:-0.16 6:-0.25 9:-0.21 11:0.12 13:-0.21
u:asking 1:0.24 5:-0.11 8:-0.14 11:-0.18
u:asks 2:0.16
u:asleep 1:0.13 8:-0.16
u:assistant 1:0.1
u:at 0:0.28 8:-0.11 9:0.2 10:0.11 12:0.18
u:automated 5:-0.11 6:0.1
u:away 0:0.2 7:0.13 9:0.11
u:back 2:-0.14 5:0.16 10:-0.2 12:-0.31
u:backwards 2:0.16
u:bad 12:-0.2
u:bag 5:-0.12
u:bags 11:-0.24
u:baked 5:0.12
u:bakery 3:0.12 4:0.11 5:0.12
u:band 1:-0.26
u:bang 7:0.1
u:bank 5:-0.14 9:-0.15
u:banking 5:0.17
u:banks 2:0.1 5:0.11 6:-0.13
u:bar 1:0.3 2:-0.17
u:barely 6:-0.11
u:bargain 4:0.19 11:-0.12
u:barrier 9:0.1
u:basically 6:0.12
u:bath 10:-0.19
u:bathroom 2:0.11 5:-0.17
u:bathrooms 3:0.23
u:battery 12:0.13
u:be 0:0.13 1:-0.18 4:0.11 6:-0.12 7:-0.12 9:-0.19
u:beautifully 12:-0.16
u:because 0:0.14 1:-0.22 4:0.12 5:-0.17 7:-0.27 13:-0.11
u:become 4:0.1
u:bed 0:-0.12 1:0.13 5:0.16 6:-0.12 11:0.13 12:0.15
u:been 1:-0.19 4:-0.18 5:-0.22 6:0.22 9:0.14 10:-0.14 11:0.13 13:-0.25
u:before 0:0.1 1:0.11 2:-0.37 3:0.13 4:-0.17 5:-0.13 7:0.22 9:0.18 10:0.14 13:0.18
u:behalf 6:-0.11
u:behind 0:0.13 1:0.18
u:being 2:-0.14 5:-0.13 8:-0.2
u:best 1:-0.22 3:-0.19 5:0.33 7:-0.13 12:0.35
u:better 2:0.13 4:0.11 8:-0.1 9:0.18 12:0.2
u:between 0:0.33 4:0.13 6:0.12
u:biased 1:-0.1
u:bien 5:0.15
u:big 1:-0.12 2:0.17 4:0.12 6:-0.12 9:0.12 11:0.16
u:bike 0:0.18 7:0.12 12:0.11
u:bikes 5:0.1
u:bill 1:0.28 2:-0.22 4:0.22 6:0.37 8:-0.12 13:0.13
u:bin 0:-0.13 5:0.26 12:-0.13 13:-0.18
u:bins 2:-0.1 3:0.2 5:0.31 6:-0.13 10:-0.15 12:-0.14
u:bird 5:0.17 12:0.16
u:birthday 6:-0.1
u:bit 1:0.11 6:-0.21 9:0.23
u:bite 5:0.16 12:-0.1
u:bits 3:0.11
u:blind 0:-0.14
u:bloke 0:-0.19 1:0.28
u:blood 2:0.12 4:0.16
u:blow 12:-0.14
u:blue 2:0.1
u:boards 11:-0.15
u:bob 2:0.14
u:boiler 5:-0.12
u:boilers 0:0.15 5:-0.17
u:booked 0:0.16 3:0.14 5:0.22 10:0.11
u:booking 0:0.12 5:-0.14 6:0.23 7:0.13 13:0.21
u:books 4:0.32 5:-0.1 11:0.16
u:booth 1:-0.15 3:0.19
u:boots 5:0.14 12:0.12
u:borrow 4:0.16 11:0.12
u:both 0:-0.15
u:bought 5:0.48 12:0.21
u:box 4:-0.1
u:branch 5:-0.21 7:0.25 8:0.11 9:-0.18
u:brand 0:0.14 5:0.13
u:bread 5:0.11
u:break 3:-0.1 5:-0.13
u:breakfast 0:-0.11 2:0.11 5:0.19 8:0.18 9:-0.11
u:brill 0:0.16 7:0.13
u:brilliant 5:0.2
u:bring 6:0.15
u:broadband 5:0.17 7:-0.11 9:-0.11
u:broken 12:-0.15
u:brought 5:-0.13 8:0.12 10:0.18
u:budget 4:-0.13 11:0.27
u:builders 11:0.16
u:building 2:0.14 4:0.11 5:-0.13
u:bulb 2:0.15
u:buns 4:0.1
u:burgers 10:-0.13
u:burnt 5:0.16
u:busy 1:0.29 2:-0.11 5:-0.17 8:-0.11
u:but 0:0.22 1:0.42 2:0.22 4:0.22 5:0.32 7:-0.14 8:0.47 10:-0.13 11:-0.28 12:0.13 13:-0.1
u:button 5:0.12 12:-0.12
u:buy 11:-0.16
u:by 0:0.37 3:0.25 5:-0.21 7:0.16 8:0.12 9:0.23 10:-0.22 13:0.17
u:cable 1:-0.12
u:caf 5:0.1
u:cafe 5:-0.21
u:cake 5:0.24 6:-0.12 12:0.11
u:call 0:0.15 2:-0.15 5:-0.18 6:0.19
u:called 9:-0.13
u:callers 2:0.11
u:calls 4:-0.12
u:calm 1:-0.13 6:0.1
u:came 0:0.37 2:-0.14 3:0.2 5:-0.14 6:0.19 9:0.16 12:-0.1
u:can 1:-0.12 2:0.18 6:-0.17 9:0.16 11:0.13 13:0.14
u:canada 1:0.14
u:cancelled 5:-0.11 6:0.18
u:cant 0:0.16 4:0.17 8:0.14 9:-0.11 11:0.32
u:canteen 5:-0.17
u:car 0:0.18 5:-0.24 10:-0.1
u:card 0:0.16 2:-0.12 5:-0.18 8:0.13 12:0.11
u:care 0:-0.11 12:0.11
u:carried 1:0.13
u:carrier 11:-0.27
u:cashier 5:-0.17 8:-0.35 9:-0.13
u:cat 12:0.14
u:centre 3:0.15 13:-0.18
u:chair 1:0.12 8:-0.16
u:chance 0:-0.11
u:change 0:0.1 3:0.1 5:-0.16 6:-0.12 10:0.13
u:changed 6:0.14 13:-0.17
u:changes 6:0.18
u:changing 3:0.2 11:0.1
u:chap 0:0.12 2:0.15
u:charge 0:-0.11 1:0.15 2:-0.1 4:0.39 6:0.18 11:-0.24 13:-0.11
u:charged 0:-0.15 3:0.14 4:0.33 5:0.32 6:-0.17
u:charger 5:-0.12
u:charges 4:0.14
u:charging 4:0.12
u:charming 1:0.11
u:chat 8:-0.18 9:0.1 13:-0.2
u:cheap 2:-0.12 4:0.35 11:0.4
u:cheaper 1:0.12 2:0.13 4:0.13 7:0.1 9:0.14
u:cheapest 4:0.13 11:0.17
u:check 0:0.22 6:0.12 9:0.15 12:-0.18 13:0.1
u:checked 2:0.14 3:0.11
u:checking 0:-0.12 1:0.18
u:checkout 0:0.34 2:-0.11 6:0.2 7:-0.19 13:-0.12
u:checkouts 0:0.11
u:chef 4:0.15 5:0.23 10:-0.15 11:-0.1 12:0.17
u:cheque 9:-0.1
u:chicken 12:-0.1
u:childrens 3:0.14
u:chipped 6:0.12 8:0.12
u:chips 2:-0.1 5:0.52 11:0.12 12:-0.17
u:christmas 1:-0.31 6:-0.16
u:circles 6:-0.12
u:claim 6:0.14
u:class 0:-0.17 1:0.12
u:clean 0:-0.19 1:0.16 2:-0.23 3:0.63 5:-0.17 6:-0.17 8:-0.17 10:0.43 12:-0.15
u:cleaned 4:0.12 5:0.15 10:-0.12 11:-0.11
u:cleaner 5:0.42 7:-0.14 10:0.18
u:cleanest 10:-0.16
u:cleaning 10:0.14
u:cleanliness 6:-0.13
u:cleans 10:-0.17
u:cleared 2:0.13 5:-0.11
u:clearly 2:0.2 6:0.17 12:-0.12 13:0.14
u:clerk 2:0.13 4:0.12 5:-0.13
u:clients 11:-0.18
u:clinic 0:0.18 2:0.14
u:closing 5:-0.15
u:cloud 5:0.15 12:0.15
u:clueless 2:0.18 9:-0.14
u:coach 2:0.12
u:coat 4:0.1 5:0.19
u:cocktails 11:0.14
u:coffee 4:0.12 5:0.12 6:-0.13 10:-0.11
u:cold 0:-0.1 1:0.18 2:-0.11 5:0.52 12:-0.17
u:colleagues 2:0.13 6:-0.1
u:collect 6:0.1
u:collected 4:0.14
u:collection 1:-0.15 3:0.28 5:0.13 12:0.17
u:collections 1:0.1
u:colour 9:0.11
u:come 0:0.11 6:0.11 7:0.21 11:0.12
u:coming 0:-0.1 5:0.17 12:0.1
u:communication 13:-0.15
u:compared 7:0.19
u:complain 0:0.1 6:-0.14
u:complained 0:0.1
u:complaints 2:-0.14 6:0.25 7:-0.15 10:0.12 13:0.1
u:computers 5:0.14 12:-0.11
u:concierge 1:0.11
u:confirmation 6:0.12
u:consensus 12:-0.13
u:considered 1:-0.12
u:consistent 2:0.12
u:constantly 0:-0.11 4:0.1 12:-0.13
u:consulting 3:0.14
u:contact 1:0.1
u:contract 10:0.17
u:contractor 12:-0.11
u:contractors 5:0.11
u:conversation 8:-0.13
u:cook 5:0.13 9:0.13
u:cooked 0:-0.1 5:0.14
u:corner 2:-0.13 3:0.14
u:cost 1:-0.17 4:0.25
u:costs 4:0.16
u:could 2:0.54 3:0.11 5:-0.31 8:0.11 12:0.12 13:0.26
u:couldnt 1:0.26 5:-0.14 6:-0.18 9:-0.12 10:0.1
u:council 0:0.16 4:-0.16
u:councils 2:-0.11 6:0.12 13:-0.15
u:counter 1:0.14 5:-0.22 6:-0.25 10:0.16
u:counting 6:-0.12
u:courier 0:0.33 2:-0.12 6:0.16 7:0.26 12:-0.1
u:couriers 5:0.11
u:course 2:0.13 5:0.12 9:0.12
u:courses 5:0.16 11:0.14 12:0.11
u:courtesy 1:-0.1 12:-0.1
u:covering 0:0.1 6:-0.11
u:covers 0:-0.1
u:cracking 12:0.11
u:crashes 0:-0.11
u:cream 5:0.13
u:credit 5:0.16 13:0.1
u:crew 3:0.14 5:-0.13 12:-0.11
u:crumbs 3:0.11 5:-0.11
u:curry 5:0.2
u:curt 8:-0.12
u:customer 0:-0.11 1:-0.1 2:-0.16 5:0.19 10:-0.12 12:-0.13
u:customers 0:-0.17 3:-0.12 5:-0.29 6:0.19 8:-0.11 12:-0.15 13:0.13
u:customs 1:0.14
u:cut 2:0.16 5:-0.11 11:0.18
u:cutlery 1:0.16
u:dad 8:0.12
u:daft 5:0.13
u:damage 4:-0.12 6:0.19 8:0.11
u:damaged 0:0.11
u:damp 1:-0.1
u:dates 2:0.1 6:0.17
u:day 2:-0.35 5:0.31 6:0.27 7:-0.14 12:-0.18 13:-0.11
u:daylight 0:-0.14
u:days 0:0.25 2:-0.24 5:0.1 7:-0.11
u:dealer 5:-0.16 11:0.17
u:dear 4:0.12 11:-0.13
u:decent 11:0.19
u:deep 10:-0.12
u:defo 0:0.12
u:delays 6:0.11
u:delivery 0:0.28 2:-0.1 6:0.21 7:-0.17
u:dentist 1:0.11 5:-0.12 13:0.1
u:depending 2:0.12
u:depends 2:0.11 6:-0.1
u:deposit 0:0.14 2:-0.12 6:0.13
u:depot 7:-0.12
u:described 1:0.3 2:0.2 7:-0.11 12:0.16
u:desk 0:0.15 1:0.28 3:0.15 4:0.11 6:-0.21 9:-0.16
u:diagnostic 5:-0.12
u:diagram 2:0.12
u:did 0:0.13 3:-0.11 6:0.14
u:didnt 0:-0.14 2:0.27 7:0.29 8:0.16 9:-0.16 11:0.24
u:died 1:0.2 13:0.11
u:diet 2:0.12
u:different 1:-0.12 2:0.12 6:0.16 9:-0.19 13:-0.11
u:dirty 5:0.23 10:-0.16
u:discussed 5:0.19
u:discussion 5:0.1
u:discusting 3:0.17 10:-0.12
u:dish 5:0.16
u:do 2:0.19 3:0.11 6:0.11 9:0.11
u:doctor 6:0.26 13:-0.16
u:doctors 9:0.11
u:doesnt 6:-0.11 9:-0.11 13:-0.19
u:dog 3:0.19 8:0.1 10:-0.11
u:doing 5:0.12 6:0.11
u:dominated 0:0.14
u:done 10:0.14 12:0.16
u:dont 0:0.13 4:0.12 5:-0.23 11:0.11
u:door 0:0.25 1:-0.14 2:-0.12 6:0.14 7:0.23
u:doors 7:-0.15
u:double 5:0.14 9:0.12
u:down 0:0.15 2:-0.12 5:0.12 10:0.11 12:-0.14 13:0.17
u:downright 7:-0.11
u:dr 2:0.13
u:drains 2:-0.11
u:drew 2:0.12
u:drinks 12:0.1
u:drips 5:0.13
u:driver 0:0.1 1:0.12 5:0.2
u:drivers 3:0.15 6:0.14 7:-0.11 13:0.12
u:driving 0:0.12 5:-0.12 6:-0.12
u:dropped 0:0.14 10:0.19
u:dropping 5:0.17
u:drops 5:0.17 12:-0.12
u:drove 5:0.2 12:0.11
u:dry 3:-0.17 5:0.4 12:-0.1
u:due 5:0.11 12:0.1
u:dust 3:0.25
u:e 0:0.18 7:-0.21
u:each 0:0.13 1:0.19 2:-0.18 6:0.44
u:earth 11:-0.16
u:easy 5:0.13 6:0.13
u:economy 5:0.17 11:0.12
u:eggs 8:0.13
u:eight 0:0.26 2:0.21 4:0.13
u:elderly 1:0.25
u:electrician 5:-0.2
u:eleven 2:-0.1
u:else 8:-0.15 11:0.29
u:elses 2:0.13 3:0.2
u:email 1:-0.11 5:-0.12 6:0.31
u:emailed 6:0.32 13:0.21
u:emails 0:-0.17 6:0.33 8:0.11 13:-0.27
u:emergency 5:-0.11 7:-0.19
u:end 2:0.11
u:ended 9:-0.12
u:engine 2:0.12
u:engineer 1:-0.18 6:0.1
u:engineers 3:-0.14 5:0.13
u:english 0:-0.13 13:0.12
u:enough 1:0.14 2:0.11 9:-0.14
u:equipment 12:0.11
u:esim 2:0.1
u:especially 0:-0.15 6:0.11
u:estate 6:0.13
u:eve 6:-0.1
u:even 1:0.17 3:0.11 5:-0.25 7:0.23 8:0.12 11:0.14
u:evening 5:0.11
u:eventually 0:-0.19
u:ever 10:-0.22 13:0.14
u:every 3:0.15 6:0.23 8:0.16 9:0.11 13:0.29
u:everyone 1:0.11 8:0.11
u:everything 3:0.18 5:0.16 6:0.13 9:0.11 10:0.19 12:0.17 13:0.22
u:everywhere 3:0.27 10:-0.19
u:evrything 5:-0.11 6:0.18 13:0.11
u:exactly 5:0.11 7:0.11 9:0.4 11:0.11 12:0.2 13:0.19
u:expert 2:0.13 9:-0.25
u:explain 1:-0.23 2:0.1 6:0.35 12:0.1 13:0.25
u:explained 1:0.19 5:0.14 6:0.47 12:0.11 13:0.58
u:explaining 0:-0.11
u:explaned 6:0.17
u:express 0:0.36 7:-0.18
u:extra 1:0.1 2:-0.13 4:0.18
u:eye 0:-0.1 11:-0.14
u:eyes 6:-0.13
u:fab 0:0.1 1:0.16 8:0.19
u:face 1:-0.14 5:0.12
u:failed 13:0.16
u:fair 0:0.12 1:0.17 4:0.25 5:0.12 8:0.13 11:0.31 12:-0.11
u:family 11:0.14
u:fantastic 7:-0.18 12:-0.12
u:fast 0:0.13 7:0.2 11:-0.16 12:-0.14
u:fault 2:0.11 7:0.15
u:faulty 9:0.13
u:fee 0:0.1 4:0.44 5:-0.18 6:0.23 11:-0.17
u:feed 1:0.1 2:0.14
u:feedback 6:0.1
u:feel 0:-0.17 1:0.19 2:-0.13 11:0.11
u:fees 4:0.27 5:-0.1
u:fell 4:-0.11
u:felt 0:-0.13 4:0.14 6:0.1 7:-0.11
u:few 12:-0.14
u:fifteen 5:-0.12 6:0.1
u:fifty 7:-0.11
u:filled 1:0.12
u:filthy 0:-0.13 3:0.17 6:-0.14 10:-0.24
u:finally 0:0.1 3:0.17 7:-0.12 9:0.21 10:0.33 13:0.14
u:find 1:-0.16 3:0.11
u:finding 6:0.2
u:fine 0:-0.19 1:-0.19 4:0.11 5:-0.15 6:-0.23 7:-0.1
u:finished 2:0.17 6:-0.15 8:-0.17
u:fire 0:-0.16 4:-0.11
u:first 0:0.1 1:-0.16 2:0.16 9:0.2 12:0.17
u:fish 5:0.23 6:-0.11 9:0.13 12:0.17
u:fit 7:-0.2
u:fitted 5:0.22 11:-0.15
u:five 0:0.15 5:0.3 6:0.13 7:-0.11 8:-0.12 12:0.21
u:fiver 11:0.24
u:fix 0:0.2 7:0.24
u:fixed 4:0.11
u:flat 3:-0.16 5:0.13 6:-0.12
u:flights 4:0.14
u:floor 3:0.37 4:-0.18 5:-0.12 10:-0.34 11:0.15 12:0.17
u:fly 11:-0.28
u:following 0:0.29 7:-0.17
u:food 0:0.17 2:-0.14 3:-0.11 5:0.6 11:-0.11 12:0.25
u:for 4:0.24 7:-0.35 10:0.15 11:0.13 12:-0.16
u:forgive 8:0.14
u:form 0:-0.11 1:0.12 2:0.21
u:fortnight 0:0.1 5:0.19 7:0.15 12:-0.41
u:forty 0:0.17 2:0.17 7:-0.19 9:0.16 13:-0.18
u:found 2:0.19 3:0.21 4:0.19 9:0.21 12:0.12
u:four 0:0.27 1:0.24 5:0.21 6:0.17 7:-0.25 8:-0.12 11:-0.11 13:-0.19
u:fourteen 0:0.19 13:0.11
u:fourth 6:0.11
u:free 0:0.15 4:-0.15 7:0.15 11:0.16 12:-0.13
u:freehold 2:0.11
u:fresh 3:0.15 10:0.25
u:freundlich 0:0.16
u:friday 0:0.34 5:0.18 12:0.14
u:fridge 2:0.12 12:0.12
u:friendly 0:0.18 1:0.36 2:0.19 3:0.23 8:0.2 11:0.12 12:-0.12
u:from 0:0.1 3:0.1 5:-0.28 7:0.17 11:-0.23
u:front 2:0.16 5:0.33 12:-0.11
u:frozen 5:0.17 12:-0.11
u:frustration 1:0.15 5:0.12
u:full 0:-0.15 4:0.16 5:0.14
u:fuming 7:-0.11
u:furious 7:-0.11
u:fussy 1:-0.1 3:0.12
u:garage 1:-0.11 13:0.15
u:garages 5:-0.17 9:0.1
u:garden 1:-0.11
u:gate 8:-0.1
u:gave 0:0.2 2:0.15 7:0.15 9:-0.21 12:-0.12 13:0.25
u:gem 1:0.18 8:0.15
u:general 4:-0.11
u:genuinely 5:0.1
u:get 1:-0.25 3:-0.12 6:-0.15 7:-0.22 13:-0.16
u:gets 5:-0.12
u:getting 0:0.21 1:0.1 12:-0.11
u:give 3:-0.1 5:0.27
u:given 2:0.1 5:0.2
u:gives 2:0.11
u:giving 2:0.16
u:glad 1:-0.11 12:0.12
u:glass 1:0.11 3:0.13 5:-0.14
u:glasses 3:0.12
u:glaucoma 2:0.17 9:0.11
u:gleaming 10:0.11
u:go 0:0.13 1:-0.15 2:0.23 7:-0.13 9:0.13
u:goes 3:0.11 7:-0.13
u:going 2:-0.16 3:0.17 4:0.1
u:gone 2:0.12 3:0.11 4:0.17 6:-0.12 10:0.23 11:-0.13 12:0.19
u:good 2:-0.12 5:0.27 6:-0.26 9:0.11 12:0.35
u:googled 2:0.13 9:-0.13
u:gorgeous 5:0.17 12:0.19
u:got 1:0.26 2:0.19 3:-0.14 8:-0.16 9:-0.1 12:-0.22 13:0.2
u:gp 0:0.15 2:0.22 5:-0.15 13:0.11
u:gps 2:0.16
u:grabbed 0:-0.11 5:0.15
u:greasy 3:0.19 5:-0.14
u:great 2:-0.12 5:0.2 12:0.17
u:grey 12:-0.11
u:grim 3:0.11 10:-0.14
u:gripe 3:0.15 4:0.12
u:group 4:0.11 5:-0.12 8:0.13
u:grubby 5:-0.17 10:-0.16
u:grumpy 1:0.1
u:guard 1:0.15
u:guests 1:-0.13 3:0.15 10:-0.28
u:guy 2:0.4 5:-0.17 6:-0.21
u:guys 3:-0.15 5:0.13
u:gym 2:0.1 5:0.11 6:-0.13 10:0.14
u:gyms 2:0.12 5:-0.11 9:-0.11
u:ha 0:0.17 7:-0.11
u:had 0:0.13 3:0.19 7:0.21 9:-0.21 12:0.17 13:-0.16
u:hadnt 2:0.22 13:-0.24
u:hair 3:0.12 10:-0.15
u:haircut 5:0.17
u:hairdresser 0:-0.1
u:hake 5:0.13 9:0.13
u:half 1:0.11 2:0.12 3:-0.22 7:0.2 12:-0.38
u:hallway 3:0.11
u:halved 13:0.11
u:hand 3:0.17 5:-0.23
u:handed 5:0.11
u:handheld 6:0.17
u:handset 2:0.21 9:0.14
u:handwritten 1:0.23
u:hangers 4:-0.13
u:happen 13:0.11
u:happened 2:-0.1
u:happening 6:0.1
u:happy 4:0.1 11:0.27
u:hard 0:-0.1
u:has 5:0.14 6:0.18 7:0.17 11:-0.16 13:-0.16
u:hasnt 1:-0.11 2:0.18 5:0.1 6:-0.17 12:0.12
u:hatch 6:-0.14
u:have 2:-0.17 3:0.16 4:-0.14 8:-0.12 11:-0.17 12:-0.14
u:havent 2:-0.11 6:-0.1
u:having 8:-0.15
u:he 0:0.16 1:0.17 2:0.15 3:0.12 5:0.19 6:-0.11 9:0.1 10:0.11 11:-0.13 12:0.18 13:0.17
u:head 1:-0.12 13:-0.13
u:headache 5:0.14
u:headphones 12:0.12
u:hear 6:0.1
u:heard 6:0.18 13:-0.11
u:hed 7:0.16
u:held 0:0.12 2:-0.12
u:hello 1:0.1
u:help 4:-0.14
u:helped 5:-0.12
u:helpful 1:0.17 8:0.14
u:helpline 6:0.11
u:her 1:0.37 4:-0.1 6:-0.14 9:0.24
u:here 6:-0.21 7:0.15 10:0.11 11:0.13
u:herself 6:-0.13
u:hes 5:0.14 11:0.12
u:high 4:0.11 5:-0.11
u:him 8:0.1
u:himself 3:0.13 12:0.1
u:his 1:0.39 8:-0.29 9:0.11 11:-0.12 13:0.13
u:hold 0:0.62 1:-0.19 6:-0.17 7:-0.21
u:holiday 0:0.11
u:home 0:-0.14 1:-0.14 4:-0.2 5:0.14
u:honest 13:0.11
u:honestly 0:-0.19 3:-0.13 4:0.21 5:-0.18 11:0.16 12:0.12
u:hoovered 3:0.12 10:0.11
u:hospital 1:-0.1 4:0.12 11:-0.17
u:hot 7:0.15 12:0.16
u:hotel 3:0.13
u:hour 0:0.59 2:-0.16 3:0.16 4:0.11 6:-0.1 9:0.12 10:0.12
u:hours 1:-0.18 5:-0.12 6:0.27 7:-0.22 13:-0.11
u:house 0:-0.18 1:0.19 5:-0.12 10:0.2
u:housekeeping 3:0.14
u:how 1:-0.14 4:-0.2 7:-0.14 10:0.15 12:-0.13
u:however 0:0.12 1:0.12 3:0.15 5:0.28
u:hrs 0:0.17 7:-0.14
u:hunting 2:0.12
u:husband 1:0.23 8:-0.12
u:hygiene 3:0.14 10:-0.22
u:i 1:-0.22 4:-0.15 5:-0.14 6:-0.12 8:-0.2 12:0.13 13:-0.14
u:id 0:0.2 5:-0.12 8:-0.13 9:0.19 11:0.13
u:if 0:-0.32 1:0.25 2:0.26 3:-0.16 6:-0.26 10:-0.19 11:-0.11
u:ignored 6:0.15 12:0.11
u:ill 1:0.18 4:0.18 5:-0.13 8:0.14 11:-0.17
u:im 1:-0.15 4:0.13 7:-0.22 12:-0.11
u:immaculate 3:0.24 10:0.29 12:0.11
u:impatient 5:0.14
u:important 6:-0.11
u:impressed 6:0.12 7:0.13 13:0.1
u:in 1:-0.18 3:0.17 7:0.18 8:0.14 11:0.11
u:included 6:0.17
u:information 2:0.13
u:informed 5:-0.1
u:inhaler 1:-0.11
u:inside 0:-0.11
u:inspection 0:-0.12
u:installation 5:0.12
u:instead 0:0.11 6:-0.1 7:0.12 9:0.16
u:instructor 6:-0.13
u:instructors 2:0.12 3:0.11 5:0.12
u:insurance 5:0.17 6:-0.13 9:-0.11
u:interruption 8:-0.11
u:into 5:-0.2 11:0.12
u:invoice 4:0.16
u:is 0:0.15 1:0.17 2:-0.3 3:0.13 4:0.11 5:0.16 7:-0.12 10:0.2 11:-0.18 12:0.23 13:-0.17
u:isa 2:0.27 6:-0.15 9:-0.2
u:isas 2:0.13
u:isnt 4:0.11 5:0.18 11:-0.23
u:it 1:-0.1 2:0.13 3:0.22 5:0.11 6:-0.12 8:0.23 11:-0.22 12:-0.28
u:itd 0:0.17
u:its 1:0.12 7:-0.11 8:-0.15 11:0.16 13:-0.12
u:itself 0:0.21 3:0.22 4:0.1 5:0.25 12:0.25
u:ive 2:-0.16 3:0.12 4:-0.1 7:-0.13 10:-0.17
u:jacket 5:0.14
u:january 0:0.13
u:jargon 2:-0.11 6:0.1
u:job 1:-0.13 2:-0.22 5:0.28 6:0.15 11:-0.14 12:0.11
u:joke 5:-0.14
u:jumpers 1:-0.25
u:junction 5:0.11
u:june 13:-0.12
u:just 0:-0.23 3:-0.17 4:-0.17 5:-0.12 8:-0.12 9:-0.14 12:-0.21
u:keep 2:-0.13 11:-0.14 12:-0.12
u:keeping 13:-0.1
u:kept 1:0.12 2:-0.21 5:0.17 6:0.29
u:kettles 5:0.15
u:kids 4:0.25
u:kind 1:0.24 5:-0.11 8:0.14
u:kitchen 3:0.13 5:0.14 12:0.13
u:knee 2:0.11
u:knew 2:0.71 3:-0.1 6:-0.16 8:0.11 9:0.48 12:0.21
u:knocked 0:0.12 11:0.15
u:know 2:0.16 3:0.12 4:0.15 5:-0.1 9:0.21
u:knowledgable 0:0.13 1:-0.11 2:0.12 6:0.12 9:0.12
u:knowledgeable 2:0.18 9:0.12
u:knows 1:0.15 2:0.25 3:-0.12 9:0.27
u:label 5:0.11
u:lad 0:-0.17 1:0.2 2:0.27 9:-0.16 12:-0.16
u:lads 8:0.15
u:lady 1:0.18 5:-0.26 8:0.12 13:0.1
u:lamb 5:0.18
u:language 6:0.11
u:laptop 0:0.1 6:-0.1
u:lasagne 5:0.12
u:last 0:-0.15 5:-0.14 7:0.11 10:-0.11
u:lasted 5:0.15 12:-0.4
u:lasts 12:0.15
u:late 0:-0.23 2:-0.1 6:0.28 7:-0.14 11:0.14
u:later 5:0.17 7:-0.11
u:laugh 4:0.11 6:-0.11
u:leak 7:-0.17
u:leaking 3:0.11
u:leave 0:0.11
u:leaves 10:-0.16
u:leaving 1:-0.11 3:0.12 10:-0.14
u:lecture 1:0.15
u:left 0:0.11 3:0.1
u:legend 1:0.12
u:legroom 5:0.17
u:lenses 4:0.12 5:-0.15
u:less 0:-0.13 1:0.1 4:0.22
u:lessons 5:0.11
u:letter 2:-0.12 6:0.22 13:-0.3
u:letters 2:-0.16 5:-0.11 6:0.22 8:0.11 13:-0.16
u:letting 13:-0.21
u:librarian 2:0.12 9:0.12
u:library 3:0.16 7:0.11 10:0.1 12:-0.11
u:life 5:0.15
u:like 0:-0.16 1:0.36 2:-0.16 5:0.49 6:-0.1 7:0.11 8:-0.36
u:liked 6:0.13 13:0.11
u:limits 2:0.1 6:-0.11
u:line 0:0.15 1:-0.17 5:0.11 12:0.13
u:list 1:-0.13
u:listened 6:0.25 11:0.11 13:0.18
u:little 1:0.15 4:0.32 5:0.13 8:0.11 11:0.2
u:loads 5:0.16
u:local 5:0.12 12:0.14
u:locum 2:0.24 9:-0.15
u:lol 0:0.21 7:-0.13
u:long 0:0.28 5:0.16 7:-0.11 8:0.11 9:0.15 12:0.14 13:-0.12
u:longer 0:0.12
u:look 0:-0.36 2:-0.29 8:-0.11 12:0.2
u:looked 1:0.17 2:-0.13 9:0.12
u:looking 5:0.18
u:looks 0:0.12 5:0.24 7:0.1
u:loop 0:0.14
u:loos 3:0.25 5:-0.12
u:lost 5:0.16 12:-0.12
u:lot 0:0.15 1:0.11 6:0.11 7:0.1 8:0.11
u:loudly 5:0.13
u:love 0:0.2 1:-0.17 2:-0.14 3:-0.1 6:0.19 7:-0.11
u:loved 1:-0.14 3:-0.18
u:lovely 1:0.6 3:0.29 4:0.12 8:0.47 9:-0.12 10:0.11
u:loving 11:-0.24
u:lowest 0:0.14
u:lunch 0:0.31 5:-0.19
u:lunchtime 5:0.16
u:lush 12:0.11
u:machine 1:-0.12 5:0.15
u:machines 12:-0.13
u:made 1:-0.14 5:-0.15
u:main 0:0.14 4:0.11 11:0.2
u:maintenance 2:-0.11
u:mais 4:0.16 5:0.12 12:0.13
u:makes 2:0.11
u:man 1:0.18 5:0.23
u:management 1:-0.13 3:-0.12 6:-0.12
u:manager 0:-0.16 1:0.23 2:-0.22 5:-0.27 6:0.23 13:0.15
u:manchester 11:-0.25
u:many 6:0.12
u:march 5:0.17
u:massive 5:0.14
u:mattress 1:-0.12
u:me 0:-0.29 1:0.42 2:0.23 3:-0.15 4:-0.14 5:-0.14 6:0.3 7:0.21 8:-0.15 12:-0.15 13:0.46
u:meal 0:-0.12 5:0.12 12:0.15
u:means 5:-0.14
u:meat 1:0.12
u:mechanic 1:0.14 2:0.13 5:-0.15
u:members 2:0.16 8:0.11
u:membership 6:0.11
u:men 5:0.32
u:mention 1:-0.12
u:mentioned 5:0.15
u:menu 0:-0.11 5:0.13
u:merci 0:0.14
u:mess 0:-0.14
u:mid 4:-0.11 12:-0.12
u:middle 5:0.23
u:might 1:-0.14
u:milk 1:0.11
u:min 0:0.14
u:mind 0:0.16 4:0.14 11:-0.1
u:mine 4:0.15 11:0.12
u:minging 3:0.11 10:-0.12
u:mins 0:0.62 3:-0.1 5:-0.12
u:minute 4:0.12
u:minutes 0:0.53 1:0.12 2:0.15 6:0.11 7:0.14 8:-0.13
u:miserable 8:-0.12
u:missed 0:-0.1 1:0.11 2:0.34 3:-0.16 5:0.16 7:-0.15 9:0.14 12:-0.17
u:missing 0:0.11 1:-0.15
u:mixed 12:0.11
u:mo 1:0.13 5:0.1
u:moan 5:0.18
u:model 5:0.15
u:moderator 5:-0.26 12:0.11
u:monday 0:0.31 1:-0.1 2:-0.1 5:-0.16
u:money 5:0.15 11:0.16
u:month 1:-0.13 6:0.14 7:-0.12 12:-0.11 13:-0.14
u:months 4:-0.13 5:0.37 12:0.2
u:more 5:0.14 9:0.26 13:-0.15
u:morning 2:-0.11 5:-0.18 6:0.1 7:0.19
u:most 0:0.17 4:0.1 5:0.14 6:-0.12
u:mot 4:0.16 5:-0.12 11:0.15
u:mother 1:0.12
u:moved 0:0.11 5:-0.12 6:-0.11 9:0.11
u:much 5:-0.13 6:0.16
u:mum 1:0.16 8:0.11
u:music 0:0.25 7:-0.17
u:must 2:0.12
u:musty 3:0.24 10:0.23
u:muy 1:0.11
u:my 0:-0.12 2:0.21 3:-0.35 5:-0.2 7:0.14 8:0.16 9:0.23 11:0.12 12:0.22
u:myself 4:0.16 9:-0.11 11:-0.11
u:mystery 10:-0.11
u:n 0:0.19 2:0.18 5:0.26 12:-0.15
u:name 0:0.11 1:0.1 5:-0.18 13:0.18
u:near 0:0.13
u:nearly 7:-0.11 9:0.12 10:0.11 12:-0.17
u:neat 5:0.13
u:need 5:0.12 10:-0.13
u:needed 0:-0.15 1:0.19 2:0.16 8:0.13 9:0.13
u:needs 5:0.12 9:0.13 10:-0.11
u:never 2:-0.15 3:-0.18 4:-0.15 5:0.1 6:0.17 7:0.12 8:0.19 10:0.15 12:0.19 13:-0.11
u:new 0:0.23 1:-0.35 2:0.12 3:-0.18 5:0.41 6:-0.28 7:0.19 9:-0.13 10:0.23 11:-0.11 13:0.25
u:next 0:0.29 2:-0.12 4:-0.1 7:0.22 9:0.14 11:0.11 13:0.12
u:nhs 0:0.12
u:nice 0:-0.16 1:0.19 5:-0.22 6:0.1 8:0.17 12:0.1 13:-0.15
u:night 0:0.16 1:0.14 7:0.16 11:-0.1
u:nightmare 4:-0.1 5:0.11
u:nights 5:0.15 12:-0.13
u:nine 1:-0.11 2:0.16 7:-0.11
u:no 0:0.25 1:-0.36 2:0.13 6:0.12 9:-0.14 10:0.1 11:0.2 13:-0.18
u:nobody 4:-0.15 5:0.14 6:0.5 13:-0.7
u:nobodys 6:-0.14
u:normal 7:0.12
u:not 0:-0.1 1:0.34 5:0.13 7:0.17 8:-0.15 9:-0.18 11:-0.1 12:0.22
u:note 0:0.13 7:0.11 12:0.12
u:nothing 1:-0.17 3:-0.2 4:0.1 7:-0.23 9:-0.13 13:-0.36
u:nothings 2:-0.11
u:notice 5:-0.12 6:-0.11
u:noticeably 6:-0.1
u:noticed 0:-0.11 2:0.22 5:-0.13 6:-0.2 10:0.19
u:now 0:0.31 1:-0.13 4:0.12 6:0.24 10:0.15 11:-0.22 12:-0.12 13:0.34
u:nowhere 0:-0.11
u:number 0:0.26 7:-0.14
u:nurse 1:0.24 2:0.11 5:-0.12 8:0.17
u:nurses 1:0.13
u:nuts 2:0.1
u:odds 11:0.11
u:of 2:-0.12 3:0.11 8:-0.16 10:-0.21 12:-0.13
u:off 1:-0.17 2:-0.11 4:0.16 5:-0.25 6:-0.12 9:-0.13 10:0.15 12:-0.3
u:office 0:0.11 4:-0.15 5:-0.31 6:-0.11 7:-0.12 9:-0.1
u:officer 1:-0.12
u:often 1:0.1 5:0.2 6:0.17 12:0.15
u:oh 12:-0.12 13:-0.12
u:ok 3:-0.17
u:old 0:-0.23 2:0.34 3:0.11 5:-0.15 6:-0.29 7:0.12 8:0.11 11:0.13 12:0.1
u:older 1:0.24 2:-0.22 6:0.11
u:on 0:0.2 4:-0.12 5:0.15 6:-0.13 7:-0.17 12:0.21
u:once 0:0.16 3:0.12 4:-0.19 8:0.1 10:-0.12
u:one 0:0.14 1:-0.21 3:0.11 5:0.38 7:-0.15 9:0.2
u:ones 0:-0.15 1:0.1 8:0.15
u:online 4:0.11 6:0.24 7:0.11 11:-0.13 13:0.18
u:only 0:0.16 4:0.19 5:0.27 6:0.12 7:-0.17 8:0.1 11:-0.13 12:-0.12
u:opened 5:-0.12
u:opening 3:-0.13
u:operation 6:0.12
u:optician 2:0.17
u:opticians 1:-0.22 13:0.14
u:option 2:0.11 5:0.16 7:0.11
u:options 6:0.17
u:or 0:0.18 10:-0.12
u:order 0:0.11 1:-0.13 2:-0.1
u:ordered 0:0.26 5:0.21 6:0.15 12:-0.17 13:-0.17
u:ordering 12:0.17
u:orders 6:-0.11
u:other 3:0.13 5:-0.11 7:0.16 9:0.13 10:-0.12
u:others 3:-0.11 9:0.1
u:otherwise 9:0.1
u:our 0:0.17 1:0.12 5:0.1 8:0.21 10:-0.12 12:0.12
u:out 2:0.15 4:0.16 5:-0.12 6:0.19 11:-0.23 12:-0.18 13:-0.25
u:outside 1:-0.14
u:over 0:-0.12 1:0.15 3:0.15 9:0.13 10:-0.14 12:-0.19 13:0.12
u:overdraft 4:0.14
u:overflowing 3:0.19 5:-0.22 10:-0.12
u:overpriced 3:-0.13 4:0.18 11:-0.23 12:-0.26
u:own 0:-0.12 5:0.23 12:0.11
u:owner 4:0.14 5:0.13
u:p 0:-0.21 3:-0.1 4:0.16 5:0.14 6:-0.11 11:-0.29 12:-0.1
u:page 0:-0.1 6:0.27
u:paid 0:0.11 3:-0.15 4:0.13 7:-0.11 9:0.11
u:pain 2:0.14
u:paint 2:0.2 3:-0.19
u:par 4:0.1 5:0.13 12:0.13
u:parcel 1:0.1 5:0.17 6:0.11 12:-0.12
u:parcels 5:0.23
u:parents 3:0.12
u:parish 2:0.12
u:park 0:-0.17 4:0.18 11:-0.12
u:parking 4:-0.2 5:-0.12 11:-0.11
u:part 13:0.15
u:participants 1:-0.15 6:0.11 12:0.15
u:past 0:0.19 6:-0.19
u:pasty 3:-0.15 5:0.18 12:-0.16
u:patient 1:0.12 5:-0.16 8:0.22 9:0.12
u:patients 0:0.22 1:-0.15 5:-0.17 13:-0.12
u:pay 2:-0.12 5:0.16 11:0.26
u:paying 5:0.11
u:penny 4:0.13 11:0.11
u:people 0:0.13 1:0.26 3:-0.13 7:-0.17 8:0.17 9:-0.14 11:-0.16 12:0.18 13:-0.12
u:peoples 1:-0.15 3:0.18
u:perfect 5:0.26 12:0.14
u:perfectly 5:0.31 12:0.22
u:person 7:-0.13
u:pet 1:-0.17 2:0.21
u:pharmacist 0:-0.13 2:0.47 4:-0.1 5:-0.16 9:0.34
u:pharmacy 0:0.24 6:-0.13
u:phone 0:0.11 1:0.16 2:0.16 3:-0.19 4:-0.2 5:-0.28 7:0.12 8:-0.16 9:-0.18 12:-0.21 13:-0.26
u:phoned 9:0.11
u:phones 2:0.17 6:-0.15
u:photo 6:0.2 13:0.13
u:photos 2:0.19 4:-0.15 5:0.25 6:0.11 9:0.15 12:0.16 13:0.11
u:physio 5:0.29 6:0.14 12:0.22
u:picked 2:0.11 6:-0.11
u:pies 3:-0.12
u:pint 5:0.16
u:pizza 5:0.24
u:place 1:-0.1 3:0.26 5:-0.14 6:-0.19 10:0.13 11:0.26
u:plain 13:0.16
u:plaster 3:0.19 10:-0.1
u:plastic 5:0.12
u:platform 2:0.11 6:0.12
u:play 11:0.1
u:plumber 5:-0.12 7:-0.13
u:pm 0:0.21 2:-0.11 5:0.17
u:point 4:0.13 11:-0.1
u:pointed 2:0.13
u:pointing 11:-0.2
u:policy 2:0.12
u:polish 0:-0.16
u:polite 1:0.31 6:0.11 8:0.1
u:pool 1:0.11 6:0.2 12:-0.11 13:-0.1
u:popped 0:-0.12
u:porter 8:0.12
u:positive 2:0.16 9:0.12
u:post 0:0.2 4:-0.1 6:-0.12 12:0.12
u:postage 4:0.11
u:posted 0:-0.19
u:potholes 0:0.17
u:pound 4:0.1
u:pounds 4:0.22
u:ppl 11:0.14
u:practice 4:0.15 11:-0.1
u:praised 0:0.11 2:0.11 3:0.14 4:0.13 12:0.14 13:0.14
u:premium 5:0.12
u:prescribed 2:0.14
u:prescription 2:0.13 6:-0.1 9:-0.11
u:price 1:-0.19 2:-0.13 4:0.4 6:0.12 11:0.12 12:0.12 13:-0.17
u:priceless 1:-0.15 5:0.12
u:prices 1:0.22 4:0.5 5:-0.11 6:-0.11
u:pricey 4:0.1 11:-0.11
u:print 0:0.13
u:private 2:0.25 4:0.14
u:privilege 11:-0.11
u:probably 5:0.1
u:problem 1:0.1 6:0.14
u:products 1:0.2
u:promised 2:0.11 5:0.13 12:0.1
u:promotions 6:-0.12
u:proper 5:0.21 12:0.31
u:properly 1:0.2 5:0.11 12:0.1 13:0.17
u:provider 7:0.11
u:pub 8:0.18
u:puddle 3:-0.21 5:0.17 12:-0.12
u:pulled 1:0.13 8:-0.1
u:pushchair 5:0.15
u:quality 4:-0.14 5:0.13
u:question 5:-0.13
u:questions 2:0.14 5:-0.1 6:-0.16 13:0.1
u:queue 0:0.58 2:-0.15 5:-0.13 7:-0.35 8:0.13
u:queued 1:-0.11 2:0.12
u:queues 0:0.15
u:queuing 6:-0.21
u:quick 0:0.47 1:-0.15 3:-0.11 4:-0.19 5:-0.25 6:-0.14 7:0.31 9:0.15 12:0.14
u:quickly 5:0.11
u:quid 2:0.16 4:0.15 9:0.12 12:-0.15
u:quiet 0:-0.1 3:-0.1 5:-0.11
u:quote 4:0.16 11:0.1
u:quoted 4:0.14 11:0.15 12:0.12
u:rack 5:-0.1
u:rain 5:0.12
u:ran 4:-0.11
u:rang 1:0.21 2:0.1 5:-0.29 6:0.17 7:0.15 12:-0.1 13:0.29
u:rank 5:0.13 12:-0.15
u:rash 2:0.15 9:0.13
u:rate 4:0.12 6:0.12 11:-0.11
u:rated 6:-0.11
u:rather 0:0.12 5:-0.15
u:rave 5:0.18
u:read 1:0.19 2:0.17 9:-0.2
u:reading 1:-0.14
u:ready 1:-0.15 2:-0.15 5:0.11 6:0.27 7:0.12
u:real 8:-0.14 11:-0.27
u:really 2:0.2 4:0.17 8:0.22 9:0.14 13:-0.17
u:realtor 0:-0.11
u:reasonable 4:0.2 11:0.22
u:reassuring 2:0.26 9:-0.22
u:receipt 6:-0.11
u:reception 1:0.16 4:0.11 8:-0.21
u:receptionist 0:-0.1 1:0.37 4:-0.11 5:-0.14 8:-0.23
u:receptionists 1:0.17
u:recommend 2:0.1
u:recommended 2:0.19 5:0.23
u:record 0:0.12 7:-0.15
u:recycling 0:0.11
u:reference 6:-0.1
u:refund 0:0.12 2:0.12
u:regularly 13:-0.14
u:regulars 2:-0.11 6:-0.11 8:-0.24
u:remaining 5:0.1
u:remember 5:0.13 12:0.13
u:remembers 1:0.11
u:removal 6:0.13 8:0.11
u:repair 2:-0.14 5:0.2 6:0.22
u:replacement 0:0.11 5:0.15 7:0.12
u:replacing 9:0.1
u:reply 0:-0.12 6:0.15
u:reported 0:0.31
u:reserved 6:0.11
u:residents 0:-0.16 5:0.14
u:restaurant 1:0.11 5:0.17 8:0.11 12:-0.1
u:return 5:0.11 12:-0.12
u:returned 0:0.11 2:-0.11 4:0.12
u:returns 0:0.1 1:-0.1
u:reviews 0:-0.1 3:0.13 5:-0.11 12:0.13
u:right 1:-0.13 2:0.3 4:-0.1 5:0.13 9:0.12
u:ring 6:0.3 11:0.11 12:-0.15 13:-0.14
u:ringing 0:0.15 1:-0.1 6:0.15 13:-0.13
u:rip 4:0.11 11:-0.14
u:rise 6:0.14 13:-0.11
u:road 0:0.17 1:-0.26 5:0.19 12:-0.12
u:robbery 0:-0.15 11:-0.11
u:roll 3:0.15 10:-0.11
u:rong 5:-0.12
u:roof 4:-0.11 9:0.1
u:room 0:-0.16 1:-0.11 3:0.19 4:-0.13 5:-0.15 6:0.12 9:0.11 10:0.14 12:-0.29
u:rooms 3:0.58 6:-0.13
u:rota 1:-0.14 2:-0.12 5:-0.1 6:-0.14
u:round 1:0.12 5:-0.12 6:-0.13 11:0.12
u:router 2:0.19
u:rubbery 8:0.12
u:rubbish 1:-0.14 5:0.23 12:-0.19
u:rude 1:0.46 2:-0.14 4:-0.13 5:-0.25 8:-0.45
u:rules 9:0.1
u:run 2:-0.14
u:running 1:0.19 5:0.13 6:0.15
u:rushed 2:-0.11 6:0.18 13:-0.15
u:s 4:0.13 5:0.27 11:-0.11
u:said 1:-0.11 2:0.26 6:0.27 7:0.13 8:-0.18 9:-0.27 11:0.13 12:-0.16 13:-0.25
u:sale 5:0.14
u:sales 5:0.13
u:same 2:-0.12 6:0.17 10:-0.16 13:-0.16
u:sandwiches 4:0.14
u:sat 0:-0.11 6:0.22 13:-0.18
u:saturday 0:0.29 6:-0.17
u:saturdays 6:0.14 7:-0.1
u:saved 1:-0.13 2:0.35 9:0.25 11:0.14
u:savings 4:-0.11
u:saw 2:0.1 6:-0.12
u:say 2:-0.28 3:0.12 5:-0.1 7:0.13 10:0.16
u:saying 0:0.19 3:0.13 7:-0.16 13:-0.15
u:says 6:0.11 7:-0.13 13:-0.12
u:scale 0:-0.11
u:scan 2:0.1
u:scanners 6:0.16
u:scheme 6:-0.11
u:scone 5:0.2 12:-0.17
u:scratched 6:0.1 8:0.11
u:screen 0:0.12 5:0.24 7:0.12
u:screens 6:0.12
u:sea 0:0.11
u:seat 3:0.23 5:-0.17
u:seats 5:-0.11
u:second 2:0.17 6:-0.13 9:-0.1
u:security 1:0.12
u:see 2:-0.1 5:-0.1 10:-0.18
u:seed 5:0.2 12:0.15
u:seemed 2:0.11 8:-0.13 9:-0.11
u:seen 0:0.21
u:sehr 0:0.16
u:self 0:0.19
u:sell 0:-0.14 5:0.13 6:-0.11
u:send 2:0.14
u:sending 6:0.18
u:sent 2:0.11 4:-0.12 6:0.27
u:served 5:0.14
u:service 0:0.15 2:-0.11 4:0.25 5:0.13 7:-0.1 11:-0.17 12:0.21
u:serving 0:0.1 1:0.14 7:-0.1 8:-0.2
u:sessions 5:0.12 12:0.14
u:seven 0:0.1
u:several 1:0.13 3:0.13 4:0.21 8:0.13 9:0.17 11:-0.14
u:shaking 1:0.1
u:shame 0:0.11 1:0.12
u:shampoo 2:0.11
u:sharp 8:-0.11
u:she 1:0.16 2:0.35 7:0.12 12:0.16
u:shed 1:0.16
u:shelves 0:-0.11
u:shift 1:-0.17 5:0.11 6:-0.11
u:shirt 2:-0.1
u:shocking 5:-0.17
u:shoes 5:0.21
u:shop 0:-0.29 2:0.26
u:shopping 0:-0.13
u:short 0:0.13 12:0.15
u:should 2:0.14 5:-0.11 9:-0.19
u:shout 0:-0.1
u:show 13:0.11
u:showed 0:-0.17 4:-0.11 5:0.13 6:0.2
u:showers 2:0.12
u:side 5:0.15 9:0.12
u:sighed 1:0.15 5:0.12 8:-0.11
u:sign 5:0.17
u:signs 12:-0.13
u:simp 5:0.14
u:since 0:0.22 5:0.2 7:0.22 10:0.24 12:-0.11
u:single 6:0.15 9:0.1
u:sink 11:-0.12
u:sit 4:0.1
u:site 1:0.13
u:sitting 6:0.14
u:six 1:0.14 5:0.24 7:-0.14
u:skirting 11:-0.15
u:sleep 5:0.15 12:-0.12
u:sleeping 5:0.17 12:0.12
u:sleeve 10:-0.13
u:slots 1:0.12
u:slow 0:0.21 11:0.11
u:small 4:0.13 11:-0.11
u:smell 3:0.36 6:-0.11 10:-0.19
u:smelling 2:-0.11
u:smells 3:0.15
u:smelt 3:0.13
u:smile 1:-0.19 8:-0.11
u:smiles 1:0.15 8:-0.12
u:snapped 4:-0.14 5:0.15
u:so 0:-0.2 1:-0.18 2:-0.12 5:-0.1 6:0.21 7:-0.18 8:0.16 10:-0.22 11:-0.12 12:-0.13
u:society 2:0.17 4:0.12 5:-0.1
u:sofa 0:-0.1 3:0.2
u:soggy 5:0.12 12:-0.13
u:solid 3:0.1
u:some 4:0.16 6:-0.12 8:-0.19
u:someone 1:-0.15 2:0.21 3:0.31 5:-0.11 9:-0.14 10:-0.16
u:somewhere 2:0.14 12:-0.1
u:sons 5:0.11
u:sorted 0:0.29 2:0.2 7:0.16 9:0.19
u:sound 1:0.12 8:0.11 12:0.19
u:sourdough 1:0.11 5:0.11
u:spa 4:0.11 5:0.11
u:spacer 1:-0.13 2:0.12
u:spaniel 1:-0.12
u:spare 0:-0.15
u:sparky 5:0.11
u:speaks 1:0.12
u:specialist 0:0.1 2:0.21 9:-0.13
u:speeds 5:0.19
u:speedy 0:0.12
u:spending 1:0.1
u:spent 6:-0.11 7:-0.11
u:spin 5:0.12
u:split 2:0.14
u:spoke 1:0.15 8:0.11
u:spoken 0:-0.13 1:0.16
u:spot 0:-0.11 9:0.11
u:spotless 1:-0.1 3:0.55 9:0.15 10:0.62
u:spotted 2:0.17 9:0.19
u:spotting 2:0.18 10:0.11
u:spring 5:0.11
u:squat 2:0.11
u:st 5:-0.11
u:staf 1:0.15
u:staff 1:0.41 2:0.21 3:-0.13 5:-0.2 6:-0.19 8:0.15
u:staffed 0:0.11
u:stage 13:0.12
u:stain 2:-0.11 5:0.2 12:0.12
u:stains 5:0.1
u:stale 5:0.2 12:-0.11
u:star 8:-0.11
u:stars 5:0.21 12:0.13
u:start 5:0.12 6:0.21 7:0.1
u:started 2:-0.16 3:0.24 5:-0.17 7:-0.22 13:0.18
u:starter 2:0.11
u:state 10:-0.12
u:statement 1:0.16
u:station 3:0.11
u:stay 0:-0.11
u:steal 4:0.16 11:-0.12
u:steep 11:-0.11
u:steering 3:0.19
u:stellar 10:-0.13
u:step 2:-0.11 6:0.3 13:0.28
u:sticky 3:0.32 4:-0.13 10:-0.25
u:still 0:0.14 5:0.11 7:-0.11 9:-0.27 10:-0.12 11:-0.1 12:-0.13 13:-0.2
u:stock 6:0.1
u:stood 0:0.21
u:stopped 1:0.11 2:0.1 6:0.2 13:0.19
u:story 0:0.11 5:0.19 12:0.21
u:straight 2:0.15 7:0.12 8:0.11 9:0.23
u:street 6:0.15 11:-0.14
u:stress 2:0.12
u:stuck 0:-0.11 10:-0.29
u:stuff 2:0.24 9:0.22
u:stylist 5:0.17
u:such 1:0.18 5:-0.15
u:suggested 2:0.1
u:summary 0:-0.16 5:-0.13 13:0.13
u:sundays 0:-0.11
u:super 5:0.12 12:0.11
u:superb 7:0.24
u:supermarket 6:-0.11
u:supervisor 1:0.12
u:supplements 2:0.15
u:supposedly 1:0.12
u:sure 0:-0.21 6:0.1
u:surface 0:0.11
u:surgery 0:0.15 3:0.27 5:-0.18 9:0.11 10:0.23
u:sweetheart 5:-0.13
u:swept 3:0.12 5:-0.11
u:system 1:-0.25 7:0.14 12:-0.12
u:ta 0:0.11 7:0.11 10:0.34
u:table 1:0.17 3:0.19 10:-0.21
u:tables 3:0.24 5:-0.2 6:-0.12 10:-0.11
u:tablets 2:0.18 7:0.11
u:take 0:0.23 3:-0.11 7:-0.18
u:takeaway 4:0.27 5:-0.25
u:takes 6:0.11
u:taking 1:-0.12 7:-0.13
u:talk 8:-0.16
u:talked 1:0.19 2:0.1 9:0.14 13:0.17
u:tap 0:-0.13 5:0.14
u:taste 5:0.3 12:-0.23
u:tasted 5:0.13
u:tax 2:0.11 4:-0.16
u:tbh 5:0.26 12:-0.17
u:tea 12:-0.12
u:team 4:-0.11
u:teeth 1:0.15
u:tell 1:-0.14 6:0.22 13:0.11
u:telling 2:-0.15 5:0.12 12:-0.12
u:ten 0:0.17 1:-0.18 5:-0.18 6:-0.17 7:0.28 11:-0.13
u:tenner 2:-0.1 11:0.35
u:terms 0:0.12
u:test 1:0.16 9:0.13
u:text 0:-0.26 1:-0.14 3:-0.14 5:-0.14 6:0.56 7:0.14 13:0.24
u:texted 4:-0.1 6:0.15 13:0.12
u:texting 5:-0.17
u:texts 0:-0.15 13:0.1
u:than 0:0.24 3:0.11 4:0.15 6:-0.13 9:0.28 10:0.2 12:0.16
u:thank 0:-0.12
u:thanks 3:-0.12 8:-0.12 13:-0.23
u:that 2:0.26 4:0.14 5:0.22 8:0.14 9:0.16 12:-0.19
u:thats 7:0.11 13:-0.13
u:the 1:-0.34 3:-0.28 4:-0.4 7:-0.25 8:0.11 10:-0.2 11:-0.1
u:their 1:0.23 2:-0.1 4:-0.14 5:-0.17 6:0.17 8:-0.26 9:0.22 13:0.1
u:them 0:-0.21 1:0.26 2:-0.24 3:0.36 6:0.32 7:-0.15 11:0.15 13:0.21
u:themselves 5:0.11
u:then 0:0.11 1:0.14 3:0.11 4:0.18 5:-0.11 11:-0.23 13:-0.16
u:there 0:0.31 6:-0.15 10:-0.2 11:0.17
u:theres 0:-0.13 5:0.13 11:-0.11 12:-0.22
u:they 0:0.18 6:0.23 9:-0.18
u:theyd 2:-0.1 6:0.14
u:theyre 1:0.1 11:-0.13
u:theyve 1:-0.16
u:thing 5:-0.14
u:things 4:0.14
u:think 3:-0.1 4:0.15 5:0.11 10:-0.1
u:thinner 5:-0.11
u:third 5:0.1
u:this 5:-0.28 7:0.16 13:-0.14
u:tho 5:0.13
u:those 0:0.15 5:0.15
u:though 0:0.49 1:0.31 2:0.2 3:0.13 4:0.14 8:0.23 10:-0.11
u:three 1:-0.14 5:0.3 6:0.1 9:-0.14 13:-0.36
u:thrilled 5:0.11 12:0.11
u:through 0:0.12 6:0.13 9:0.21 13:0.27
u:thursday 0:0.28 5:-0.11 7:-0.23
u:ticket 0:0.19 1:0.14 4:0.12 7:-0.16
u:tico 5:0.14
u:tidy 3:0.17 10:0.21
u:tiles 9:0.11
u:till 5:-0.12 7:-0.1
u:tills 0:0.11 1:0.12
u:time 0:0.32 1:0.18 6:0.12 8:-0.11 12:0.11
u:times 6:0.11 9:-0.13 13:-0.29
u:tip 3:0.28 5:-0.15 10:-0.23
u:to 0:-0.16 1:0.19 5:-0.15 8:-0.43 10:-0.25
u:toddler 1:-0.12
u:together 2:0.12
u:toilet 3:0.21 10:-0.14
u:toilets 0:-0.19 2:-0.14 3:0.39 10:-0.12
u:told 0:-0.17 1:-0.17 2:0.64 3:-0.25 4:-0.19 5:-0.1 6:0.1 7:-0.26 9:-0.36 13:-0.32
u:tomorrow 1:0.13
u:too 0:-0.13 1:0.35 2:-0.14 4:0.19 5:0.19 6:0.19 7:-0.12 12:0.12 13:-0.14
u:took 0:0.49 1:0.35 5:0.29 7:-0.22 8:0.25 9:0.18
u:top 6:0.14
u:total 5:-0.15
u:totally 1:0.12 8:-0.13
u:touch 0:-0.14
u:towels 4:0.11
u:town 1:0.23 4:0.32 11:0.28 12:0.18
u:tr 4:0.16 5:0.18 11:-0.11
u:tracking 6:0.16 13:-0.13
u:trade 9:0.1 11:0.13
u:train 6:0.22 11:-0.25
u:training 2:0.24 6:-0.17
u:transferred 5:0.17
u:treadmills 5:0.11
u:treat 8:-0.13
u:treatment 4:0.1 11:-0.18
u:tried 5:0.24
u:trolley 3:0.19
u:trolleys 0:0.15
u:trop 4:0.18 5:0.12 11:-0.12 12:0.13
u:truth 5:0.12
u:trying 1:0.12
u:tuesday 2:-0.15 7:-0.16
u:turn 2:0.13 4:-0.12 6:0.13 9:-0.11
u:turned 0:0.31 4:0.12 6:0.16
u:tv 0:-0.15
u:twenty 0:0.23
u:twice 11:-0.11 12:-0.15
u:two 0:0.34 2:0.23 3:-0.13 4:0.15 5:0.1 6:0.12 10:0.11 11:0.26
u:tyre 1:-0.13 2:0.28 11:0.11
u:tyres 2:0.23 9:-0.12
u:u 11:0.14
u:under 0:-0.16 1:-0.15 3:0.27 10:-0.14 11:0.12 13:0.11
u:understands 2:0.1
u:understood 6:0.21 13:0.23
u:uniforms 5:-0.12
u:unreal 0:0.14 5:0.13 11:0.4
u:until 6:0.12 12:-0.11
u:up 0:0.2 3:0.14 4:-0.14 5:-0.26 7:-0.24 8:-0.11 9:0.13 10:0.25 11:-0.19 12:0.12 13:-0.12
u:update 0:-0.14 6:0.19
u:updated 6:0.16 13:0.19
u:updates 6:0.15
u:upgrade 5:0.14 6:0.14
u:us 1:0.25 3:-0.18
u:use 1:-0.1 2:0.25
u:used 5:-0.15 6:-0.1 10:-0.11
u:using 2:0.17 5:-0.12
u:value 4:0.48 11:0.31
u:valued 11:0.12
u:van 0:0.22 5:-0.11 7:0.14
u:vegan 12:-0.13
u:vegetarian 2:0.12
u:very 2:0.17 5:0.12 8:0.1
u:vet 0:-0.19 1:0.17 2:0.23 8:0.16 12:0.11
u:viewing 6:0.12
u:visit 1:0.1
u:visits 2:0.21 7:0.22
u:vivaldi 0:0.14 7:-0.11
u:wait 0:0.29 1:-0.21 4:-0.19 5:0.17 6:0.18 7:-0.25 12:0.22
u:waitd 0:0.1
u:waited 0:0.31 1:0.14 2:-0.13 7:-0.15 8:0.1 12:0.15
u:waiter 1:0.24 5:0.22 10:-0.12 12:-0.11
u:waiting 1:-0.26 3:0.16 5:-0.27 7:0.12 9:0.15
u:walk 0:0.11
u:walked 1:0.13 2:0.11
u:wall 2:0.11
u:wanted 11:0.1
u:warden 1:0.29 8:-0.18
u:warm 1:0.12 5:0.14 8:0.11 11:0.11
u:warranty 2:0.13 3:-0.11
u:was 0:0.15 1:0.33 3:-0.15 5:0.13 6:0.14 8:0.2 10:0.15 12:-0.24
u:wash 3:-0.15 5:0.16 11:0.1
u:washes 4:-0.11
u:washing 0:-0.28 3:0.14
u:wasnt 0:0.11 6:0.13 9:-0.12 12:-0.15 13:-0.14
u:watch 6:0.11
u:water 0:-0.11 1:0.13 2:0.18 5:-0.19 6:-0.13
u:watering 1:0.11 11:-0.12
u:way 0:-0.1 5:-0.22 6:0.12 8:0.1 13:0.13
u:we 1:0.14 2:-0.2 4:0.2 5:-0.22 10:0.32 11:-0.15
u:wear 1:-0.11 5:0.15
u:wearing 1:-0.11
u:website 5:-0.13 7:-0.1 13:-0.16
u:wed 6:0.16
u:wedding 1:0.21 2:-0.15
u:wednesday 5:0.13
u:week 0:0.32 2:-0.12 4:-0.22 10:-0.13 12:-0.11 13:-0.15
u:weekends 0:0.12
u:weeks 0:0.36 1:-0.21 3:0.11 5:0.23 6:0.13 7:-0.31 9:-0.11
u:welcoming 8:-0.42
u:well 0:-0.19 3:-0.11 5:0.25 6:0.11 12:0.28
u:went 4:-0.33 5:-0.11 9:-0.16 10:-0.17 13:0.12
u:were 3:0.12 4:0.17 5:0.13 6:0.29 7:-0.23 8:0.25 10:-0.13 12:-0.22
u:werent 5:0.13 12:-0.19
u:wet 3:0.21 10:-0.15
u:weve 0:-0.13 10:-0.1 13:-0.11
u:what 1:-0.22 4:0.25 5:0.19 6:0.25 10:0.12 13:0.43
u:whatever 5:0.13
u:wheel 2:0.11 3:0.18
u:wheelchair 8:0.13
u:wheels 3:-0.14 5:0.18
u:when 1:0.41 4:0.22 8:-0.14 9:-0.15 11:-0.28 12:-0.21 13:-0.13
u:where 2:-0.1 11:0.1 13:0.22
u:whether 0:-0.17 1:-0.27 2:0.22 5:-0.19 10:-0.12 13:-0.11
u:which 1:-0.1 2:0.36 7:0.18 8:0.16 10:0.14 13:0.12
u:while 1:0.13 5:-0.19 7:0.23 13:0.12
u:white 2:-0.11 3:-0.11
u:who 1:0.27 2:0.31 7:-0.11 9:-0.23 10:-0.17 12:0.2
u:whole 2:0.11 5:-0.22
u:why 0:0.25 2:-0.12 6:0.35
u:wifi 2:0.1 5:0.32 6:-0.14 9:-0.11
u:will 0:-0.16
u:window 1:-0.11 2:-0.1 5:0.18 6:0.11 7:0.16 13:0.11
u:windows 9:-0.11
u:wine 5:0.2
u:winters 5:0.12 12:0.12
u:wipe 3:0.13
u:wiped 3:0.14
u:with 1:0.53 5:0.1 6:0.27 8:0.15 9:0.11 10:-0.16
u:within 0:0.11 2:0.16 5:0.1 7:0.31 12:-0.15 13:0.12
u:without 2:0.32 6:0.28 7:0.12 9:0.11
u:woman 1:0.31
u:wonderful 13:-0.12
u:wont 1:-0.15 5:0.3 9:-0.12 12:-0.13
u:work 1:-0.15 2:0.18 9:-0.15
u:worked 2:0.21 6:-0.13 12:0.13
u:working 0:0.16 4:-0.11
u:works 9:-0.18
u:worn 2:0.15 6:0.1 9:0.17
u:worst 1:-0.12
u:worth 3:-0.22 4:0.22 5:0.19 11:0.1 12:0.14
u:wot 3:0.17 10:-0.16
u:would 1:-0.29 4:-0.1 6:0.18 7:0.14 10:-0.16 13:-0.14
u:wouldnt 8:-0.16
u:wow 0:0.15 7:-0.17
u:writing 5:-0.1
u:wrong 2:0.44 5:-0.13 9:-0.19 13:-0.19
u:x 1:0.1 8:0.19
u:year 2:0.13 9:0.12 10:-0.15
u:years 2:0.17 4:-0.1
u:yes 2:0.25 9:-0.15
u:you 0:-0.19 4:0.11 6:0.11 10:0.27 12:-0.15
u:youd 5:0.12
u:your 3:0.17 6:-0.2 10:0.26
u:youre 1:0.16 8:-0.13
u:zero 10:0.18
u:£ 0:-0.18 1:-0.1 2:-0.14 3:-0.12 4:1.83 6:0.3 7:0.2 10:0.14 11:-0.61
u:€ 4:0.18 5:0.17 11:-0.11 12:0.15

"""#
}
