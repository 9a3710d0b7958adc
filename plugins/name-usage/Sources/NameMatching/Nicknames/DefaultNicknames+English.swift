extension DefaultNicknames {
    static let english = """
    # English given names
    Abigail: Abby, Abbie
    Abraham: Abe, Abram
    Adam: Ad
    Adrian: Ade
    Agnes: Aggie, Nessa
    Albert: Al, Bert, Bertie
    Alexander: Alex, Alec, Alick, Sandy, Xander, Lex, Sasha
    Alexandra: Alex, Alexa, Lexi, Lexie, Sandy, Sasha, Zandra
    Alfred: Alf, Alfie, Fred, Freddie
    Alice: Ally, Allie, Elsie
    Alison: Ali, Ally, Allie
    Allison: Ali, Ally, Allie
    Amanda: Mandy, Manda
    Amelia: Millie, Milly
    Andrew: Andy, Drew
    Angela: Angie, Ange
    Ann: Annie, Nan
    Anne: Annie, Nan
    Anna: Annie, Nan
    Anthony: Tony, Ant
    Antony: Tony, Ant
    Archibald: Archie, Baldy
    Arnold: Arnie
    Arthur: Art, Artie
    Barbara: Barb, Barbie, Babs
    Barnabas: Barney
    Barnaby: Barney
    Bartholomew: Bart, Barty
    Benjamin: Ben, Benny, Benji
    Bernadette: Bernie, Detta
    Bernard: Bernie, Barney
    Beverley: Bev
    Beverly: Bev
    Bradley: Brad
    Bridget: Bridie, Biddy, Bridge
    Bridgette: Bridie, Biddy, Bridge
    Caroline: Carrie, Caro, Lyn
    Carolyn: Carrie, Caro, Lyn
    Catherine: Cathy, Kathy, Kate, Katie, Katy, Kay, Kit, Kitty, Cath, Kath, Cat, Kat
    Katherine: Cathy, Kathy, Kate, Katie, Katy, Kay, Kit, Kitty, Cath, Kath, Cat, Kat
    Kathryn: Cathy, Kathy, Kate, Katie, Katy, Kay, Kit, Kitty, Cath, Kath, Cat, Kat
    Catharine: Cathy, Kathy, Kate, Katie, Katy, Kay, Kit, Kitty, Cath, Kath, Cat, Kat
    Charles: Charlie, Chuck, Chaz, Chas, Chip, Chick
    Charlotte: Charlie, Lottie, Lotte, Char
    Christina: Chris, Chrissy, Christie, Tina
    Christine: Chris, Chrissy, Christie, Tina
    Christopher: Chris, Kit, Topher, Chrissie
    Clifford: Cliff
    Constance: Connie
    Cynthia: Cindy
    Daniel: Dan, Danny
    David: Dave, Davey, Davie, Davy
    Deborah: Debbie, Debby, Deb, Debs
    Debra: Debbie, Debby, Deb, Debs
    Dennis: Den, Denny
    Dominic: Dom, Nico
    Donald: Don, Donnie
    Dorothy: Dot, Dottie, Dolly, Dora
    Douglas: Doug, Dougie
    Edward: Ed, Eddie, Eddy, Ned, Ted, Teddy
    Edmund: Ed, Eddie, Ned
    Edwin: Ed, Eddie
    Eleanor: Ellie, Elly, Nell, Nellie, Nora, Elle
    Elinor: Ellie, Elly, Nell, Nellie, Nora, Elle
    Elizabeth: Liz, Lizzie, Lizzy, Beth, Betty, Bette, Betsy, Bess, Bessie, Eliza, Elsie, Libby, Liza, Ellie, Lisbeth
    Elisabeth: Liz, Lizzie, Lizzy, Beth, Betty, Bette, Betsy, Bess, Bessie, Eliza, Elsie, Libby, Liza, Ellie, Lisbeth
    Ellen: Nell, Nellie, Ellie
    Helen: Nell, Nellie, Ellie
    Helena: Nell, Nellie, Ellie
    Emily: Em, Emmy, Millie
    Emma: Em, Emmy
    Eugene: Gene
    Evelyn: Eve, Evie, Lyn
    Florence: Flo, Florrie, Flossie
    Frances: Fran, Frankie, Fanny
    Francis: Frank, Frankie, Fran
    Frederick: Fred, Freddie, Freddy, Rick, Ricky
    Gabriel: Gabe, Gabby
    Gabrielle: Gabby, Gabi
    Gabriella: Gabby, Gabi
    Geoffrey: Geoff, Jeff
    Jeffrey: Geoff, Jeff
    Gerald: Gerry, Jerry, Ged
    Gerard: Gerry, Jerry, Ged
    Gertrude: Gertie, Trudy
    Gillian: Gill, Jill, Gilly
    Gregory: Greg
    Gwendolyn: Gwen
    Harold: Harry, Hal
    Harriet: Hattie, Harri
    Henry: Harry, Hank, Hal
    Herbert: Herb, Bert
    Hubert: Hugh, Bert
    Isaac: Ike, Zac
    Isabel: Izzy, Izzie, Bella, Belle, Isa, Ibby
    Isabella: Izzy, Izzie, Bella, Belle, Isa, Ibby
    Isabelle: Izzy, Izzie, Bella, Belle, Isa, Ibby
    Jacob: Jake, Jack, Coby
    Jacqueline: Jackie, Jacqui
    James: Jim, Jimmy, Jamie, Jem
    Jane: Janie, Jen
    Janet: Jenny
    Jennifer: Jen, Jenny, Jenn, Jennie
    Jeremy: Jerry, Jez
    Jessica: Jess, Jessie
    Joanna: Jo, Joey, Jojo
    Joanne: Jo, Joey, Jojo
    Johanna: Jo, Joey, Jojo
    John: Jack, Johnny, Jon, Jonny
    Jonathan: Jon, Jonny
    Joseph: Joe, Joey, Jo
    Josephine: Jo, Josie, Jojo, Posy
    Joshua: Josh
    Judith: Judy, Jude
    Julia: Jules
    Julie: Jules
    Kenneth: Ken, Kenny
    Kimberley: Kim
    Kimberly: Kim
    Lawrence: Larry, Laurie, Lol
    Laurence: Larry, Laurie, Lol
    Leonard: Len, Lenny
    Leslie: Les
    Lesley: Les
    Lewis: Lou, Louie
    Louis: Lou, Louie
    Louisa: Lou, Lulu, Louie
    Louise: Lou, Lulu, Louie
    Lucinda: Cindy
    Lucy: Lu
    Magdalene: Maddie, Maddy
    Madeline: Maddie, Maddy
    Madeleine: Maddie, Maddy
    Margaret: Maggie, Meg, Peggy, Peg, Madge, Marge, Margie, Maisie, Greta, Rita, Daisy, Mags
    Marjorie: Marge, Margie
    Martha: Marty, Mattie
    Martin: Marty
    Mary: Molly, Polly, Mae, Mamie
    Matilda: Tilly, Tillie, Mattie, Maud
    Matthew: Matt, Matty
    Maureen: Mo
    Maurice: Mo, Morrie
    Maximilian: Max
    Maxwell: Max
    Melissa: Mel, Missy, Lissa
    Melanie: Mel
    Michael: Mike, Mikey, Mick, Micky, Mickey, Mich
    Miriam: Mim, Mimi
    Nathaniel: Nat, Nate
    Nathan: Nat, Nate
    Nicholas: Nick, Nicky, Nico
    Nicolas: Nick, Nicky, Nico
    Nicola: Nicky, Nikki, Nic
    Nicole: Nicky, Nikki, Nic
    Oliver: Ollie, Noll
    Olivia: Liv, Livvy, Ollie
    Pamela: Pam
    Patricia: Pat, Patty, Patsy, Trish, Tricia
    Patrick: Pat, Paddy, Patsy
    Penelope: Penny, Pen
    Peter: Pete
    Philip: Phil, Pip
    Phillip: Phil, Pip
    Phyllis: Phyl
    Priscilla: Cilla, Prissy
    Rachel: Rach, Rae
    Randolph: Randy
    Raymond: Ray
    Rebecca: Becky, Becca, Bex, Bec
    Reginald: Reg, Reggie
    Richard: Rich, Richie, Rick, Ricky, Dick, Dickie
    Robert: Bob, Bobby, Rob, Robbie, Robby, Bert, Bertie
    Rodney: Rod, Roddy
    Roger: Rog
    Ronald: Ron, Ronnie
    Rosalind: Ros, Rosie, Roz
    Rosemary: Ros, Rosie, Roz
    Rosamund: Ros, Rosie, Roz
    Rose: Rosie
    Samantha: Sam, Sammy
    Samuel: Sam, Sammy
    Sarah: Sally, Sadie, Sal
    Sara: Sally, Sadie, Sal
    Sebastian: Seb, Bas
    Sidney: Sid
    Sydney: Sid
    Simon: Si
    Sophia: Soph
    Sophie: Soph
    Stanley: Stan
    Stephanie: Steph, Stephie
    Stephen: Steve, Stevie
    Steven: Steve, Stevie
    Susan: Sue, Susie, Suzy, Sukie, Sukey
    Suzanne: Sue, Susie, Suzy, Sukie, Sukey
    Susanna: Sue, Susie, Suzy, Sukie, Sukey
    Susannah: Sue, Susie, Suzy, Sukie, Sukey
    Teresa: Tess, Tessa, Terry, Tessie
    Theresa: Tess, Tessa, Terry, Tessie
    Theodore: Theo, Ted, Teddy
    Thomas: Tom, Tommy, Thom
    Timothy: Tim, Timmy
    Tobias: Toby
    Valerie: Val
    Vanessa: Nessa, Ness
    Veronica: Ronnie
    Victoria: Vicky, Vicki, Vic, Tori, Tory
    Victor: Vic
    Vincent: Vince, Vinnie
    Virginia: Ginny, Ginger
    Walter: Walt, Wally
    William: Will, Bill, Billy, Willy, Willie, Wills
    Winifred: Winnie, Freda
    Zachary: Zach, Zack, Zac
    Zoe / Zoë: Zo
    """
}
