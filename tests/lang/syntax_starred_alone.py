# A star expression used alone as an assignment target.
*a = [1, 2]
