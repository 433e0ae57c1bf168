package main

import "fmt"

func newsCmd(args []string) error { return fmt.Errorf("news: not yet") }
